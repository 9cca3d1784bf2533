package org.aftersales.ticket.dispatch;

/**
 * Service regions (服务区域) as paths from wide to narrow, such as {@code cn/beijing/haidian}. An engineer of
 * {@code cn/beijing} serves {@code cn/beijing/haidian}, and one of {@code cn/beijing/haidian} is near a ticket
 * located only as {@code cn/beijing}.
 */
public final class Regions {

    /** Lower-case segments separated by slashes. */
    public static final String PATTERN = "[a-z0-9-]+(/[a-z0-9-]+)*";

    private Regions() {
    }

    /** Whether the two regions match: one of them is the other or lies within it. */
    public static boolean match(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }
}
