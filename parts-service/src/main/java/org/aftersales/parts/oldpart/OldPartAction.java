package org.aftersales.parts.oldpart;

import java.util.List;
import java.util.Set;
import org.aftersales.platform.security.Roles;

/** What can be done with an old part: from which status, to which, by which roles, with which fields. */
public enum OldPartAction {
    /** Received at a warehouse (needs {@code warehouseId}). */
    RECEIVE(OldPartStatus.EXPECTED, OldPartStatus.RECEIVED, Set.of(Roles.PARTS_CLERK, Roles.PARTNER),
            List.of("warehouseId")),
    /** 旧件检测: quality problem or not, with the reason (and the cause when it is not). */
    TEST(OldPartStatus.RECEIVED, OldPartStatus.TESTED, Set.of(Roles.QUALITY), List.of("verdict", "reason")),
    SCRAP(OldPartStatus.TESTED, OldPartStatus.SCRAPPED, Set.of(Roles.PARTS_CLERK, Roles.MANAGER), List.of()),
    /** Repaired into stock at the warehouse it was received at: a RECEIPT in the ledger. */
    REPAIR_INTO_STOCK(OldPartStatus.TESTED, OldPartStatus.IN_STOCK, Set.of(Roles.PARTS_CLERK), List.of()),
    /** Sent to the manufacturer (RMA) with its number and shipment. */
    SEND_TO_MANUFACTURER(OldPartStatus.TESTED, OldPartStatus.AT_MANUFACTURER, Set.of(Roles.PARTS_CLERK),
            List.of("rmaNumber", "shipment")),
    /** The manufacturer's outcome. */
    CLOSE_RMA(OldPartStatus.AT_MANUFACTURER, OldPartStatus.RMA_CLOSED, Set.of(Roles.PARTS_CLERK), List.of("outcome"));

    private final OldPartStatus from;
    private final OldPartStatus to;
    private final Set<String> roles;
    private final List<String> requiredFields;

    OldPartAction(OldPartStatus from, OldPartStatus to, Set<String> roles, List<String> requiredFields) {
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.requiredFields = requiredFields;
    }

    /** Whether it can be done from {@code status}. */
    public boolean allowedFrom(OldPartStatus status) {
        return from == status;
    }

    public OldPartStatus to() {
        return to;
    }

    public Set<String> roles() {
        return roles;
    }

    /** The body's fields it needs. */
    public List<String> requiredFields() {
        return requiredFields;
    }
}
