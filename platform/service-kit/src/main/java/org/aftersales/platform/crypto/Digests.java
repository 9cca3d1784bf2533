package org.aftersales.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The hashes and message authentication codes the services sign and check with, in one place. */
public final class Digests {

    public static final String HMAC_SHA256 = "HmacSHA256";
    public static final String HMAC_SHA1 = "HmacSHA1";

    private Digests() {
    }

    /** The HMAC of a message under a key, by the JCA algorithm name (e.g. {@value #HMAC_SHA256}). */
    public static byte[] hmac(String algorithm, byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /** HMAC-SHA256 of a text in UTF-8. */
    public static byte[] hmacSha256(byte[] key, String message) {
        return hmac(HMAC_SHA256, key, message.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of a text in UTF-8, as lower-case hex. */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
