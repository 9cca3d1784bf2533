package org.aftersales.warranty.customer;

import java.util.regex.Pattern;
import org.aftersales.platform.security.Organisations;

/**
 * Customer organisations in URLs. An organisation path holds {@code /}, so it stands in the URL as it
 * is, {@code /api/v1/customers/dealer-a/customer-a}, and the site collection follows it:
 * {@code /api/v1/customers/dealer-a/customer-a/sites}. To keep that unambiguous, no segment of a customer
 * organisation may be {@value #SITES}; the route templates below exclude it, so a URL has one reading.
 */
final class CustomerPaths {

    /** The reserved segment that starts a customer's site collection. */
    static final String SITES = "sites";

    /** One segment of an organisation path that is not {@value #SITES}; lengths are checked in code. */
    private static final String SEGMENT = "(?!sites(?![a-z0-9-]))[a-z0-9][a-z0-9-]*";

    /** The route template's regex for a customer organisation: two or more segments. */
    static final String ORGANISATION = SEGMENT + "(?:/" + SEGMENT + ")+";

    private static final Pattern CUSTOMER = Pattern.compile(ORGANISATION);

    private CustomerPaths() {
    }

    /** Whether the organisation can have a customer record: a valid path with a parent and no {@value #SITES} segment. */
    static boolean isCustomerOrganisation(String organisation) {
        return Organisations.isValid(organisation) && CUSTOMER.matcher(organisation).matches();
    }

    /** The parent organisation (the dealer of {@code dealer-a/customer-a}). */
    static String parent(String organisation) {
        return organisation.substring(0, organisation.lastIndexOf('/'));
    }
}
