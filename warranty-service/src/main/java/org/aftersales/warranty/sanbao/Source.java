package org.aftersales.warranty.sanbao;

/** How well a number is sourced, as tagged in SANBAO-RULES.md §0.1. */
public enum Source {
    /** [P] official full text. */
    PRIMARY("[P]"),
    /** [S-v] the regulation's wording on a secondary host. */
    SECONDARY_VERBATIM("[S-v]"),
    /** [S] a summary, Q&A or vendor page. */
    SECONDARY("[S]"),
    /** [inference] a reading of the text, not stated in it. */
    INFERENCE("[inference]"),
    /** [unverified] configured data, not established law: check before relying on it. */
    UNVERIFIED("[unverified]");

    private final String tag;

    Source(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
