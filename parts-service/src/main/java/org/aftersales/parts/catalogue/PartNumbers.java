package org.aftersales.parts.catalogue;

/** How a part number (备件号) is written. */
public final class PartNumbers {

    /** Upper-case letters, digits, dots and dashes, starting with a letter or digit. */
    public static final String PATTERN = "[A-Z0-9][A-Z0-9.-]{0,39}";
    public static final String MESSAGE = "must be a part number of upper-case letters, digits, dots and dashes";

    private PartNumbers() {
    }
}
