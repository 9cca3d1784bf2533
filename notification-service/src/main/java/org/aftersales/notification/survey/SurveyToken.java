package org.aftersales.notification.survey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.platform.crypto.Digests;

/**
 * The token of a survey's link: {@code base64url(survey id · expiry in epoch seconds) "." base64url(HMAC-SHA256)},
 * signed with the configured secret, so that a forged or altered token is refused before anything is looked up. The
 * service stores only its {@link #hash}; single use is the survey's state.
 */
final class SurveyToken {

    private static final int PAYLOAD_BYTES = 16 + 8;
    private static final int MINIMUM_SECRET = 32;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** What a valid token says. */
    record Claims(UUID surveyId, Instant expiresAt) {
    }

    private final byte[] key;

    SurveyToken(String secret) {
        if (secret == null || secret.length() < MINIMUM_SECRET) {
            throw new IllegalArgumentException("the survey token secret needs at least " + MINIMUM_SECRET
                    + " characters");
        }
        this.key = secret.getBytes(StandardCharsets.UTF_8);
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
        return Digests.sha256Hex(token);
    }

    private byte[] sign(byte[] payload) {
        return Digests.hmac(Digests.HMAC_SHA256, key, payload);
    }
}
