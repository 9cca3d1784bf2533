package org.aftersales.system;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The realm's demo users; tokens come from the real Keycloak with the local-only password grant. */
public enum DemoUser {
    CUSTOMER_A("customer-a"),
    CUSTOMER_B("customer-b"),
    PARTNER_A("partner-a"),
    PARTNER_B("partner-b"),
    AGENT("agent"),
    ENGINEER("engineer"),
    PARTS("parts"),
    MANAGER("manager"),
    QUALITY("quality");

    private static final Map<DemoUser, String> TOKENS = new ConcurrentHashMap<>();

    private final String username;

    DemoUser(String username) {
        this.username = username;
    }

    /** An access token for this user, fetched once per test run (tokens live 15 minutes). */
    public String token() {
        return TOKENS.computeIfAbsent(this, user -> freshToken());
    }

    /** A new access token (the rate limit is still the user's: it is keyed on the verified subject). */
    public String freshToken() {
        return given().baseUri(LocalStack.KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", "aftersales-cli")
                .formParam("username", username)
                .formParam("password", "demo123")
                .when().post("/realms/aftersales/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
