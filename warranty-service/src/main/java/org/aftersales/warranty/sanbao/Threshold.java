package org.aftersales.warranty.sanbao;

/** A count or day threshold as the text words it: "超过4次" is {@code moreThan(4)}, "两次" is {@code atLeast(2)}. */
public record Threshold(int value, boolean strict) {

    public static Threshold moreThan(int value) {
        return new Threshold(value, true);
    }

    public static Threshold atLeast(int value) {
        return new Threshold(value, false);
    }

    boolean metBy(long n) {
        return strict ? n > value : n >= value;
    }

    /** The first count that meets the threshold. */
    int first() {
        return strict ? value + 1 : value;
    }

    String zh() {
        return (strict ? "超过" : "达到") + value;
    }

    String en() {
        return (strict ? "more than " : "at least ") + value;
    }
}
