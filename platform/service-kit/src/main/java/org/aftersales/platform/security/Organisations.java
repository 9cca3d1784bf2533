package org.aftersales.platform.security;

import java.util.regex.Pattern;

/**
 * Organisations are named by their path in the tenancy tree: a partner {@code dealer-a}, a customer
 * organisation under it {@code dealer-a/hospital-a}. An organisation contains itself and everything
 * below it.
 */
public final class Organisations {

    /** Lower-case segments of letters, digits and dashes, separated by {@code /}. */
    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,62}(/[a-z0-9][a-z0-9-]{0,62}){0,3}";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Organisations() {
    }

    public static boolean isValid(String organisation) {
        return organisation != null && VALID.matcher(organisation).matches();
    }

    /** Whether {@code organisation} is {@code ancestor} or lies below it. */
    public static boolean contains(String ancestor, String organisation) {
        if (!isValid(ancestor) || !isValid(organisation)) {
            return false;
        }
        return organisation.equals(ancestor) || organisation.startsWith(ancestor + "/");
    }
}
