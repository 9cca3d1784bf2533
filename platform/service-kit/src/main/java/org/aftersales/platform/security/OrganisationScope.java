package org.aftersales.platform.security;

import java.util.Map;

/**
 * The organisations a caller may see, as a query condition: everything (vendor staff), one
 * organisation and those below it (partners, customers), or nothing (a token without an
 * organisation).
 */
public final class OrganisationScope {

    private static final OrganisationScope EVERYTHING = new OrganisationScope(null, true);
    private static final OrganisationScope NOTHING = new OrganisationScope(null, false);

    private final String organisation;
    private final boolean everything;

    private OrganisationScope(String organisation, boolean everything) {
        this.organisation = organisation;
        this.everything = everything;
    }

    public static OrganisationScope everything() {
        return EVERYTHING;
    }

    public static OrganisationScope nothing() {
        return NOTHING;
    }

    public static OrganisationScope within(String organisation) {
        return Organisations.isValid(organisation) ? new OrganisationScope(organisation, false) : NOTHING;
    }

    /**
     * This scope narrowed to one organisation and what lies below it (a list's filter): the part of
     * both, which is nothing when they do not overlap.
     */
    public OrganisationScope narrowedTo(String requested) {
        if (everything) {
            return within(requested);
        }
        if (organisation == null) {
            return NOTHING;
        }
        if (Organisations.contains(organisation, requested)) {
            return within(requested);
        }
        return Organisations.contains(requested, organisation) ? this : NOTHING;
    }

    public boolean contains(String customerOrganisation) {
        return everything || (organisation != null && Organisations.contains(organisation, customerOrganisation));
    }

    /**
     * A JPQL condition on the given organisation attribute, with its parameters from {@link #parameters()}.
     * Organisation paths cannot hold {@code %} or {@code _}, so the prefix match needs no escaping.
     */
    public String jpql(String attribute) {
        if (everything) {
            return "1 = 1";
        }
        if (organisation == null) {
            return "1 = 0";
        }
        return "(" + attribute + " = :scopeOrganisation or " + attribute + " like :scopeBelow)";
    }

    public Map<String, Object> parameters() {
        if (organisation == null) {
            return Map.of();
        }
        return Map.of("scopeOrganisation", organisation, "scopeBelow", organisation + "/%");
    }
}
