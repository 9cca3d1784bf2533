package org.aftersales.notification.survey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The token of a survey's link: {@code base64url(survey id · expiry in epoch seconds) "." base64url(HMAC-SHA256)},
 * signed with the configured secret, so that a forged or altered token is refused before anything is looked up. The
 * service stores only its {@link #hash}; single use is the survey's state.
 */
final class SurveyToken {

    private static final int PAYLOAD_BYTES = 16 + 8;
    private static final int MINIMUM_SECRET = 32;
    private static final String MAC = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a valid token says. */
    record Claims(UUID surveyId, Instant expiresAt) {
    }

    private final SecretKeySpec key;

    SurveyToken(String secret) {
        if (secret == null || secret.length() < MINIMUM_SECRET) {
            throw new IllegalArgumentException("the survey token secret needs at least " + MINIMUM_SECRET
                    + " characters");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), MAC);
    }

    String issue(UUID surveyId, Instant expiresAt) {
        byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(surveyId.getMostSignificantBits())
                .putLong(surveyId.getLeastSignificantBits())
                .putLong(expiresAt.getEpochSecond())
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The claims of a token this key signed; empty for anything else. */
    Optional<Claims> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(parts[0]);
            signature = DECODER.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(sign(payload), signature)
                || !parts[0].equals(ENCODER.encodeToString(payload))
                || !parts[1].equals(ENCODER.encodeToString(signature))) {
            return Optional.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(payload);
        return Optional.of(new Claims(new UUID(read.getLong(), read.getLong()),
                Instant.ofEpochSecond(read.getLong())));
    }

    /** What is stored of a token: its SHA-256, hex. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
