package org.aftersales.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * A stand-in token issuer for component tests: it signs real RS256 JWTs shaped like the realm's
 * access tokens ({@code realm_access.roles}, {@code organisation}), and the service verifies them with
 * the issuer's public key through quarkus-oidc, as it verifies Keycloak's. The key pair lives as long
 * as the test JVM. The end-to-end suite uses the real Keycloak instead.
 */
public final class TestTokens {

    public static final String ISSUER = "https://tokens.test/realms/aftersales";

    /** The audience the realm's clients put into access tokens, and the one the services require. */
    public static final String AUDIENCE = "aftersales-api";

    private static final KeyPair KEYS = newKeyPair();
    private static final KeyPair STRANGER_KEYS = newKeyPair();

    private TestTokens() {
    }

    /** The configuration that makes quarkus-oidc trust this issuer and nothing else. */
    static Map<String, String> oidcConfig() {
        return Map.of(
                "quarkus.oidc.public-key", Base64.getEncoder().encodeToString(KEYS.getPublic().getEncoded()),
                "quarkus.oidc.token.issuer", ISSUER);
    }

    /** What kind of token to sign: an access token for the suite, one for another audience, or an ID token. */
    enum Kind {
        ACCESS(AUDIENCE, "Bearer"), OTHER_AUDIENCE("another-api", "Bearer"), ID("aftersales-cli", "ID");

        private final String audience;
        private final String type;

        Kind(String audience, String type) {
            this.audience = audience;
            this.type = type;
        }
    }

    static String sign(String username, String organisation, List<String> roles, long expiresInSeconds,
            boolean trustedKey, Kind kind) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(username);
        claims.setAudience(kind.audience);
        claims.setClaim("typ", kind.type);
        claims.setClaim("azp", "aftersales-cli");
        claims.setClaim("preferred_username", username);
        claims.setClaim("realm_access", Map.of("roles", roles));
        if (organisation != null) {
            claims.setClaim("organisation", organisation);
        }
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 60));
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + expiresInSeconds));
        claims.setGeneratedJwtId();

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey((trustedKey ? KEYS : STRANGER_KEYS).getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
