package org.aftersales.parts.reservation;

/**
 * What a reserved part is for. Seed 001: a replacement or supplementary part needs a reason and a manager's
 * approval.
 */
public enum Purpose {
    /** The part the repair needs. */
    REPAIR,
    /** 更换件: replacing a part that is not (yet) known to be faulty. */
    REPLACEMENT,
    /** 补充件: more parts for a repair than first reserved. */
    SUPPLEMENTARY;

    public boolean needsApproval() {
        return this != REPAIR;
    }
}
