package org.aftersales.warranty.installedbase;

/** What a CSV import does when some rows are bad. */
public enum ImportMode {
    /** Store nothing unless every row is good. */
    ALL_OR_NOTHING,
    /** Store the good rows and report the bad ones. */
    VALID_ROWS
}
