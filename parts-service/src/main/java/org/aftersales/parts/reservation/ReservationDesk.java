package org.aftersales.parts.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.EventType;
import org.aftersales.events.parts.PartMoved;
import org.aftersales.events.parts.PartMovementEvents;
import org.aftersales.events.parts.ReservationEvents;
import org.aftersales.events.parts.ReservationMade;
import org.aftersales.events.parts.ReservationReleased;
import org.aftersales.parts.PartsAccess;
import org.aftersales.parts.PartsConfig;
import org.aftersales.parts.catalogue.Catalogue;
import org.aftersales.parts.catalogue.Part;
import org.aftersales.parts.oldpart.OldParts;
import org.aftersales.parts.stock.Ledger;
import org.aftersales.parts.stock.Movement;
import org.aftersales.parts.stock.MovementKind;
import org.aftersales.parts.stock.StockRefusal;
import org.aftersales.parts.stock.StockUnits;
import org.aftersales.parts.ticket.TicketCopy;
import org.aftersales.parts.warehouse.Warehouse;
import org.aftersales.parts.warehouse.Warehouses;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.aftersales.platform.timer.Timers;

/**
 * Reservations of stock for tickets: made only while the ledger finds the stock available (the database refuses an
 * oversell), released by hand, on expiry, on refusal, or when the ticket is cancelled or resolved without them;
 * issued, consumed and returned. Each change writes its ledger entry and its event in one transaction. A reservation
 * the ledger refuses counts in {@code aftersales.reservations.refused} ({@link ReservationRefusals}).
 */
@ApplicationScoped
public class ReservationDesk {

    /** The persistent timer that releases a reservation not issued in time. */
    static final String EXPIRY = "reservation-expiry";
    private static final String SERVICE = "parts-service";

    private final Ledger ledger;
    private final Catalogue catalogue;
    private final Warehouses warehouses;
    private final Outbox outbox;
    private final Timers timers;
    private final PartsConfig config;
    private final OldParts oldParts;
    private final ReservationRefusals refusals;

    ReservationDesk(Ledger ledger, Catalogue catalogue, Warehouses warehouses, Outbox outbox, Timers timers,
            PartsConfig config, OldParts oldParts, ReservationRefusals refusals) {
        this.oldParts = oldParts;
        this.refusals = refusals;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.warehouses = warehouses;
        this.outbox = outbox;
        this.timers = timers;
        this.config = config;
    }

    @Transactional
    public ReservationView reserve(NewReservation body, Caller caller) {
        Part part = catalogue.require(body.partNumber());
        String serial = StockUnits.serial(part, body.serialNumber(), false);
        if (part.serialTracked && body.quantity() != 1) {
            throw ProblemException.badRequest("A serial-tracked part is reserved one unit at a time",
                    List.of(new FieldProblem("quantity", "must be 1: part " + part.partNumber
                            + " is serial-tracked")));
        }
        Warehouse warehouse = warehouses.require(body.warehouseId(), caller);
        requireAssigned(body.ticketId(), null, caller);
        TicketCopy ticket = TicketCopy.findById(body.ticketId());
        Instant now = Instant.now();
        Reservation reservation = new Reservation();
        reservation.id = UUID.randomUUID();
        reservation.ticketId = body.ticketId();
        reservation.customerOrganisation = ticket == null ? null : ticket.customerOrganisation;
        reservation.partNumber = body.partNumber();
        reservation.warehouseId = warehouse.id;
        reservation.quantity = body.quantity();
        reservation.serialNumber = serial;
        reservation.purpose = body.purposeOrRepair();
        reservation.reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
        reservation.status = reservation.purpose.needsApproval() ? ReservationStatus.AWAITING_APPROVAL
                : ReservationStatus.RESERVED;
        reservation.neededBy = body.neededBy();
        reservation.expiresAt = now.plus(config.reservationHold());
        reservation.reservedBy = caller.username();
        reservation.reservedAt = now;
        reservation.persist();
        timers.schedule(EXPIRY, reservation.id.toString(), reservation.expiresAt);
        outbox.append(ReservationEvents.MADE, reservation.id.toString(), now, new ReservationMade(reservation.id,
                reservation.ticketId, reservation.customerOrganisation, reservation.partNumber,
                reservation.warehouseId, reservation.quantity, reservation.purpose.name(),
                reservation.status == ReservationStatus.AWAITING_APPROVAL, reservation.neededBy,
                reservation.expiresAt, reservation.reservedBy, now));
        // last: the stock row stays locked from here to the commit, so racing reservations wait as little as can be
        try {
            ledger.record(movement(reservation, MovementKind.RESERVATION, reservation.reason, caller.username(), now));
        } catch (StockRefusal refusal) {
            // Final: the request is answered 409 and nothing in the service runs it again (a lock-conflict retry
            // reruns only deadlocks and serialization failures); a client that sends it again makes a new request.
            refusals.count(refusal, warehouse.kind);
            throw refusal;
        }
        return ReservationView.of(reservation);
    }

    /** One step of the lifecycle, by a caller whose roles allow it; a step the status does not allow is 409. */
    @Transactional
    public ReservationView transition(UUID id, ReservationTransition body, Caller caller) {
        Reservation reservation = lockVisible(id, caller);
        ReservationAction action = body.action();
        PartsAccess.requireOneOf(action.roles(), action, caller);
        requireAssigned(reservation.ticketId, reservation.reservedBy, caller);
        if (action == ReservationAction.ISSUE) {
            String serial = StockUnits.serial(catalogue.require(reservation.partNumber), body.serialNumber(),
                    reservation.serialNumber == null);
            if (reservation.serialNumber == null) {
                reservation.serialNumber = serial;
            } else if (serial != null && !serial.equals(reservation.serialNumber)) {
                throw ProblemException.badRequest("The reservation holds another unit", List.of(new FieldProblem(
                        "serialNumber", "must be " + reservation.serialNumber + " (the unit reserved) or absent")));
            }
        }
        apply(reservation, action, body, caller.username(), Instant.now());
        return ReservationView.of(reservation);
    }

    /** Releases every reservation of the ticket that still holds stock (ticket cancelled or resolved without it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseForTicket(UUID ticketId, ReleaseReason reason, String note, Instant at) {
        List<Reservation> open = Reservation.<Reservation>find("ticketId = ?1 and status in ?2 order by reservedAt",
                ticketId, List.of(ReservationStatus.AWAITING_APPROVAL, ReservationStatus.RESERVED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Reservation reservation : open) {
            release(reservation, reason, note, SERVICE, at);
        }
    }

    /** The hold ran out: releases it unless it was issued or released meanwhile. */
    @Transactional(Transactional.TxType.MANDATORY)
    void expire(UUID id, Instant at) {
        Reservation reservation = Reservation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (reservation != null && reservation.status.holdsStock()) {
            release(reservation, ReleaseReason.EXPIRED, null, SERVICE, at);
        }
    }

    public ReservationView view(UUID id, Caller caller) {
        return ReservationView.of(requireVisible(Reservation.findById(id), id, caller));
    }

    public ReservationView.Page list(UUID ticketId, ReservationStatus status, int page, int size, Caller caller) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!PartsAccess.seesEverything(caller)) {
            if (caller.hasRole(Roles.ENGINEER)) {
                where.append(" and (reservedBy = :me or ticketId in (select t.ticketId from TicketCopy t"
                        + " where t.assignedEngineer = :me))");
                parameters.put("me", caller.username());
            } else {
                var scope = caller.scope();
                where.append(" and warehouseId in (select w.id from Warehouse w where ")
                        .append(scope.jpql("w.organisation")).append(")");
                parameters.putAll(scope.parameters());
            }
        }
        if (ticketId != null) {
            where.append(" and ticketId = :ticket");
            parameters.put("ticket", ticketId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        var query = Reservation.<Reservation>find(where + " order by reservedAt desc, id", parameters);
        return new ReservationView.Page(query.page(page, size).list().stream().map(ReservationView::of).toList(),
                page, size, query.count());
    }

    private void apply(Reservation reservation, ReservationAction action, ReservationTransition body, String by,
            Instant at) {
        ReservationStatus next = action.from(reservation.status).orElseThrow(() -> ProblemException.conflict(
                "Reservation " + reservation.id + " is " + reservation.status + "; " + action + " is not possible"));
        switch (action) {
            case APPROVE, REFUSE -> {
                reservation.decidedBy = by;
                reservation.decidedAt = at;
                reservation.decisionNote = body.note() == null ? null : body.note().strip();
            }
            case ISSUE -> reservation.issuedTo = body.issuedTo().strip();
            default -> {
            }
        }
        if (next == ReservationStatus.RELEASED) {
            release(reservation, action == ReservationAction.REFUSE ? ReleaseReason.REFUSED : ReleaseReason.CANCELLED,
                    body.note(), by, at);
            return;
        }
        action.movement().ifPresent(kind -> ledger.record(movement(reservation, kind, body.note(), by, at)));
        reservation.status = next;
        if (!next.holdsStock()) {
            timers.cancel(EXPIRY, reservation.id.toString());
            reservation.closedBy = by;
            reservation.closedAt = at;
        }
        if (action == ReservationAction.CONSUME) {
            Warehouse warehouse = Warehouse.findById(reservation.warehouseId);
            oldParts.expect(reservation.ticketId, reservation.id, reservation.partNumber,
                    reservation.issuedTo == null ? by : reservation.issuedTo, warehouse.organisation, at);
        }
        EventType<PartMoved> moved = switch (action) {
            case ISSUE -> PartMovementEvents.ISSUED;
            case CONSUME -> PartMovementEvents.CONSUMED;
            case RETURN -> PartMovementEvents.RETURNED;
            default -> null;
        };
        if (moved != null) {
            outbox.append(moved, reservation.id.toString(), at, new PartMoved(reservation.id, reservation.ticketId,
                    reservation.customerOrganisation, reservation.partNumber, reservation.warehouseId,
                    reservation.quantity, reservation.serialNumber, by, at));
        }
    }

    private void release(Reservation reservation, ReleaseReason reason, String note, String by, Instant at) {
        ledger.record(movement(reservation, MovementKind.RELEASE, reason + (note == null ? "" : ": " + note), by, at));
        reservation.status = ReservationStatus.RELEASED;
        reservation.releasedReason = reason;
        reservation.closedBy = by;
        reservation.closedAt = at;
        timers.cancel(EXPIRY, reservation.id.toString());
        outbox.append(ReservationEvents.RELEASED, reservation.id.toString(), at, new ReservationReleased(
                reservation.id, reservation.ticketId, reservation.customerOrganisation, reservation.partNumber,
                reservation.warehouseId, reservation.quantity, reason.name(), note, by, at));
    }

    private static Movement movement(Reservation reservation, MovementKind kind, String reason, String by,
            Instant at) {
        return new Movement(reservation.partNumber, reservation.warehouseId, kind, reservation.quantity,
                reservation.ticketId, reservation.id, null, reservation.serialNumber, reason, by, at);
    }

    private Reservation lockVisible(UUID id, Caller caller) {
        return requireVisible(Reservation.findById(id, LockModeType.PESSIMISTIC_WRITE), id, caller);
    }

    /** The stock desk's staff see every reservation; an engineer theirs and their tickets'; a partner its own. */
    private static Reservation requireVisible(Reservation reservation, UUID id, Caller caller) {
        if (reservation == null || !(PartsAccess.seesEverything(caller)
                || (caller.hasRole(Roles.ENGINEER) && (caller.username().equals(reservation.reservedBy)
                        || TicketCopy.assignedTo(reservation.ticketId, caller.username())))
                || (!caller.isVendorStaff() && Warehouses.visible(Warehouse.findById(reservation.warehouseId),
                        caller)))) {
            throw ProblemException.notFound("reservation", id);
        }
        return reservation;
    }


    /**
     * An engineer works for the tickets assigned to them (parts-service learns the assignment from ticket events) or
     * on what they reserved themselves; the stock desk's staff and partners are not bound to a ticket's engineer.
     */
    private static void requireAssigned(UUID ticketId, String reservedBy, Caller caller) {
        if (PartsAccess.boundToAssignedTickets(caller)
                && !caller.username().equals(reservedBy) && !TicketCopy.assignedTo(ticketId, caller.username())) {
            throw ProblemException.forbidden("Ticket " + ticketId + " is not assigned to you");
        }
    }
}
