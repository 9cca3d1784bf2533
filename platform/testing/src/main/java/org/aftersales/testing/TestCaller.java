package org.aftersales.testing;

import java.util.List;

/**
 * The demo realm's users as component tests meet them: two dealers, each with one customer
 * organisation under it, and the vendor's staff, who have no organisation.
 */
public enum TestCaller {
    CUSTOMER_A("customer-a", "dealer-a/customer-a", "customer"),
    CUSTOMER_B("customer-b", "dealer-b/customer-b", "customer"),
    PARTNER_A("partner-a", "dealer-a", "partner"),
    PARTNER_B("partner-b", "dealer-b", "partner"),
    AGENT("agent", null, "agent"),
    ENGINEER("engineer", null, "engineer"),
    PARTS_CLERK("parts", null, "parts-clerk"),
    QUALITY("quality", null, "quality"),
    MANAGER("manager", null, "manager"),
    ADMIN("admin", null, "admin"),
    /** dealer-a's partner system: the service account of its own machine client. */
    INTEGRATION_A("service-account-integration-dealer-a", "dealer-a", "partner", "integration");

    private static final long TEN_MINUTES = 600;

    private final String username;
    private final String organisation;
    private final List<String> roles;

    TestCaller(String username, String organisation, String... roles) {
        this.username = username;
        this.organisation = organisation;
        this.roles = List.of(roles);
    }

    public String username() {
        return username;
    }

    public String organisation() {
        return organisation;
    }

    /** A valid bearer token for this user. */
    public String token() {
        return TestTokens.sign(username, organisation, roles, TEN_MINUTES, true, TestTokens.Kind.ACCESS);
    }

    /** An ID token of this user, which is no access token: the services refuse it. */
    public String idToken() {
        return TestTokens.sign(username, organisation, roles, TEN_MINUTES, true, TestTokens.Kind.ID);
    }

    /** An access token of this user meant for another audience: the services refuse it. */
    public String tokenForAnotherAudience() {
        return TestTokens.sign(username, organisation, roles, TEN_MINUTES, true, TestTokens.Kind.OTHER_AUDIENCE);
    }

    /** A token for this user that expired a minute ago. */
    public String expiredToken() {
        return TestTokens.sign(username, organisation, roles, -60, true, TestTokens.Kind.ACCESS);
    }

    /** A valid bearer token for this user that expires {@code seconds} from now. */
    public String tokenExpiringIn(long seconds) {
        return TestTokens.sign(username, organisation, roles, seconds, true, TestTokens.Kind.ACCESS);
    }

    /** A well-formed token for this user, signed by a key the service does not trust. */
    public String tokenSignedByAnotherKey() {
        return TestTokens.sign(username, organisation, roles, TEN_MINUTES, false, TestTokens.Kind.ACCESS);
    }
}
