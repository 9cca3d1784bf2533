package org.aftersales.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.aftersales.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: user name, roles and organisation, read from the bearer token that quarkus-oidc
 * has verified. The organisation comes from the token claim {@value #ORGANISATION_CLAIM}; roles
 * from Keycloak's {@code realm_access.roles}.
 */
@RequestScoped
public class Caller {

    /** The token claim that carries the caller's organisation path. */
    public static final String ORGANISATION_CLAIM = "organisation";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public String username() {
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Vendor staff act for every organisation. */
    public boolean isVendorStaff() {
        return Roles.VENDOR_STAFF.stream().anyMatch(identity::hasRole);
    }

    /** The caller's own organisation, when the token names a valid one. */
    public Optional<String> organisation() {
        Object claim = token.getClaim(ORGANISATION_CLAIM);
        return claim instanceof String organisation && Organisations.isValid(organisation)
                ? Optional.of(organisation)
                : Optional.empty();
    }

    /** What the caller may see: vendor staff everything; partners and customers their organisation and below. */
    public OrganisationScope scope() {
        if (isVendorStaff()) {
            return OrganisationScope.everything();
        }
        return organisation().map(OrganisationScope::within).orElse(OrganisationScope.nothing());
    }

    public boolean canAccess(String customerOrganisation) {
        return scope().contains(customerOrganisation);
    }

    /**
     * Refuses a record of an organisation the caller may not see with 404, as if it did not exist,
     * so that nobody learns of another tenant's records.
     */
    public void requireAccess(String customerOrganisation, String what, Object id) {
        if (!canAccess(customerOrganisation)) {
            throw ProblemException.notFound(what, id);
        }
    }
}
