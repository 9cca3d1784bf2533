package org.aftersales.notification.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import org.aftersales.platform.crypto.Digests;

/**
 * Webhook signing as the Standard Webhooks specification says: the signature of a delivery is
 * {@code v1,base64(HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>"))}, where the secret is written
 * {@code whsec_<base64 of its bytes>}.
 */
public final class WebhookSignature {

    /** The prefix of a secret as partners see it. */
    public static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new random secret, {@code whsec_…}. */
    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code v1,…} signature of a delivery. */
    public static String sign(String secret, String id, long timestamp, String body) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + SECRET_PREFIX);
        }
        byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
        return "v1," + Base64.getEncoder().encodeToString(
                Digests.hmacSha256(key, id + "." + timestamp + "." + body));
    }
}
