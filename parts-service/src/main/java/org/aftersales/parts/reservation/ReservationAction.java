package org.aftersales.parts.reservation;

import java.util.Optional;
import java.util.Set;
import org.aftersales.parts.stock.MovementKind;
import org.aftersales.platform.security.Roles;

/**
 * What can be done with a reservation: from which status, to which, by which roles, and which ledger entry it writes.
 * The one table of the reservation lifecycle.
 */
public enum ReservationAction {
    /** 审批通过: a manager approves a replacement or supplementary part. */
    APPROVE(Set.of(ReservationStatus.AWAITING_APPROVAL), ReservationStatus.RESERVED, null, Set.of(Roles.MANAGER)),
    /** 审批拒绝: a manager refuses it, with the reason; its stock is released. */
    REFUSE(Set.of(ReservationStatus.AWAITING_APPROVAL), ReservationStatus.RELEASED, MovementKind.RELEASE,
            Set.of(Roles.MANAGER)),
    /** 出库: issued to an engineer or shipped to a site. */
    ISSUE(Set.of(ReservationStatus.RESERVED), ReservationStatus.ISSUED, MovementKind.ISSUE,
            Set.of(Roles.PARTS_CLERK, Roles.MANAGER, Roles.PARTNER)),
    /** Used on the repair. */
    CONSUME(Set.of(ReservationStatus.ISSUED), ReservationStatus.CONSUMED, MovementKind.CONSUMPTION,
            Set.of(Roles.ENGINEER, Roles.PARTS_CLERK, Roles.PARTNER)),
    /** Brought back unused. */
    RETURN(Set.of(ReservationStatus.ISSUED), ReservationStatus.RETURNED, MovementKind.RETURN,
            Set.of(Roles.ENGINEER, Roles.PARTS_CLERK, Roles.PARTNER)),
    /** Given up: the stock is available again. */
    RELEASE(Set.of(ReservationStatus.AWAITING_APPROVAL, ReservationStatus.RESERVED), ReservationStatus.RELEASED,
            MovementKind.RELEASE, Set.of(Roles.ENGINEER, Roles.PARTS_CLERK, Roles.MANAGER, Roles.PARTNER));

    private final Set<ReservationStatus> from;
    private final ReservationStatus to;
    private final MovementKind movement;
    private final Set<String> roles;

    ReservationAction(Set<ReservationStatus> from, ReservationStatus to, MovementKind movement, Set<String> roles) {
        this.from = from;
        this.to = to;
        this.movement = movement;
        this.roles = roles;
    }

    /** The status after this action, or empty when it cannot be done from {@code status}. */
    public Optional<ReservationStatus> from(ReservationStatus status) {
        return from.contains(status) ? Optional.of(to) : Optional.empty();
    }

    /** The ledger entry it writes, if it moves stock. */
    public Optional<MovementKind> movement() {
        return Optional.ofNullable(movement);
    }

    /** The roles that may do it. */
    public Set<String> roles() {
        return roles;
    }
}
