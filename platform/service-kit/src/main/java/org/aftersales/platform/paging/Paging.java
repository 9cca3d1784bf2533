package org.aftersales.platform.paging;

/**
 * Paging parameters of lists. They are read as text and validated with {@link #WHOLE_NUMBER}, so that
 * {@code page=abc} is a 400 naming the parameter (JAX-RS answers a query parameter it cannot convert with a bare 404),
 * and bounded by {@link #MAX_PAGE}, so that page × size never overflows.
 */
public final class Paging {

    /** A whole number, as a {@code @Pattern} on a query parameter. */
    public static final String WHOLE_NUMBER = "[0-9]{1,9}";
    public static final String NOT_WHOLE_NUMBER = "must be a whole number";
    /** The last page a list serves. */
    public static final int MAX_PAGE = 10_000;

    private Paging() {
    }
}
