package org.aftersales.parts.oldpart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.parts.OldPartEvents;
import org.aftersales.events.parts.OldPartReceived;
import org.aftersales.events.parts.OldPartTested;
import org.aftersales.events.parts.RmaClosed;
import org.aftersales.events.parts.RmaEvents;
import org.aftersales.events.parts.RmaSent;
import org.aftersales.parts.PartsAccess;
import org.aftersales.parts.PartsConfig;
import org.aftersales.parts.catalogue.Part;
import org.aftersales.parts.catalogue.PartCategory;
import org.aftersales.parts.stock.Ledger;
import org.aftersales.parts.stock.Movement;
import org.aftersales.parts.stock.MovementKind;
import org.aftersales.parts.stock.StockUnits;
import org.aftersales.parts.ticket.TicketCopy;
import org.aftersales.parts.warehouse.Warehouse;
import org.aftersales.parts.warehouse.Warehouses;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;

/**
 * Old parts (旧件): every part but a consumable taken out on a repair is expected back within
 * {@code aftersales.parts.old-part-return-within}, received, tested by quality (the verdict published for
 * warranty-service's 旧件鉴定), then scrapped, repaired into stock or sent to the manufacturer (RMA).
 */
@ApplicationScoped
public class OldParts {

    private final Ledger ledger;
    private final Warehouses warehouses;
    private final Outbox outbox;
    private final PartsConfig config;

    OldParts(Ledger ledger, Warehouses warehouses, Outbox outbox, PartsConfig config) {
        this.ledger = ledger;
        this.warehouses = warehouses;
        this.outbox = outbox;
        this.config = config;
    }

    /** A reserved part was consumed on the repair: the part it replaced is expected back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expect(UUID ticketId, UUID reservationId, String partNumber, String engineer,
            String partnerOrganisation, Instant at) {
        Part part = Part.findById(partNumber);
        if (part != null && part.category != PartCategory.CONSUMABLE) {
            create(TicketCopy.findById(ticketId), ticketId, reservationId, partNumber, engineer, partnerOrganisation,
                    at);
        }
    }

    /** A resolved ticket's parts used that no consumption announced are expected back too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expectUsedParts(TicketCopy ticket, List<String> partsUsed, String engineer, Instant at) {
        for (String partNumber : partsUsed.stream().distinct().toList()) {
            Part part = Part.findById(partNumber);
            if (part != null && part.category != PartCategory.CONSUMABLE
                    && OldPart.count("ticketId = ?1 and partNumber = ?2", ticket.ticketId, partNumber) == 0) {
                create(ticket, ticket.ticketId, null, partNumber, engineer == null ? "unknown" : engineer, null, at);
            }
        }
    }

    @Transactional
    public OldPart.View transition(UUID id, OldPartTransition body, Caller caller) {
        OldPart oldPart = requireVisible(OldPart.findById(id, LockModeType.PESSIMISTIC_WRITE), id, caller);
        OldPartAction action = body.action();
        PartsAccess.requireOneOf(action.roles(), action, caller);
        Map<String, Object> given = body.given();
        List<FieldProblem> missing = action.requiredFields().stream().filter(field -> given.get(field) == null)
                .map(field -> new FieldProblem(field, "required to " + action)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("The request has invalid fields", missing);
        }
        if (!action.allowedFrom(oldPart.status)) {
            throw ProblemException.conflict("Old part " + id + " is " + oldPart.status + "; " + action
                    + " is not possible");
        }
        Instant now = Instant.now();
        String by = caller.username();
        switch (action) {
            case RECEIVE -> receive(oldPart, warehouses.require(body.warehouseId(), caller), by, now);
            case TEST -> test(oldPart, body, by, now);
            case REPAIR_INTO_STOCK -> {
                oldPart.serialNumber = StockUnits.serial(Part.findById(oldPart.partNumber), body.serialNumber(),
                        true);
                ledger.record(new Movement(oldPart.partNumber, oldPart.warehouseId, MovementKind.RECEIPT, 1,
                        oldPart.ticketId, oldPart.reservationId, null, oldPart.serialNumber,
                        "旧件修复入库 old part " + oldPart.id + " repaired", by, now));
            }
            case SEND_TO_MANUFACTURER -> {
                oldPart.rmaNumber = body.rmaNumber().strip();
                oldPart.rmaShipment = body.shipment().strip();
                outbox.append(RmaEvents.SENT, oldPart.id.toString(), now, new RmaSent(oldPart.id, oldPart.ticketId,
                        oldPart.partNumber, oldPart.serialNumber, oldPart.rmaNumber, oldPart.rmaShipment, by, now));
            }
            case CLOSE_RMA -> {
                oldPart.rmaOutcome = body.outcome();
                outbox.append(RmaEvents.CLOSED, oldPart.id.toString(), now, new RmaClosed(oldPart.id,
                        oldPart.ticketId, oldPart.partNumber, oldPart.rmaNumber, body.outcome().name(), body.note(),
                        by, now));
            }
            case SCRAP -> {
            }
        }
        oldPart.status = action.to();
        if (body.note() != null && !body.note().isBlank()) {
            oldPart.note = body.note().strip();
        }
        if (action != OldPartAction.RECEIVE && action != OldPartAction.TEST) {
            oldPart.closedBy = by;
            oldPart.closedAt = now;
        }
        return oldPart.view(now);
    }

    public OldPart.View view(UUID id, Caller caller) {
        return requireVisible(OldPart.findById(id), id, caller).view(Instant.now());
    }

    /**
     * Old parts, by when they are expected back; {@code overdue}: only those still expected after that time.
     */
    public OldPart.Page list(UUID ticketId, OldPartStatus status, String engineer, String partner, boolean overdue,
            int page, int size, Caller caller) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!PartsAccess.seesEverything(caller)) {
            if (caller.hasRole(Roles.ENGINEER)) {
                where.append(" and engineer = :me");
                parameters.put("me", caller.username());
            } else {
                where.append(" and ").append(caller.scope().jpql("partnerOrganisation"));
                parameters.putAll(caller.scope().parameters());
            }
        }
        Instant now = Instant.now();
        if (overdue) {
            where.append(" and status = :expected and expectedBy < :now");
            parameters.put("expected", OldPartStatus.EXPECTED);
            parameters.put("now", now);
        }
        filter(where, parameters, "ticketId", ticketId);
        filter(where, parameters, "status", status);
        filter(where, parameters, "engineer", engineer);
        filter(where, parameters, "partnerOrganisation", partner);
        var query = OldPart.<OldPart>find(where + " order by expectedBy, id", parameters);
        return new OldPart.Page(query.page(page, size).list().stream().map(o -> o.view(now)).toList(), page, size,
                query.count());
    }

    private static void filter(StringBuilder where, Map<String, Object> parameters, String attribute, Object value) {
        if (value != null) {
            where.append(" and ").append(attribute).append(" = :").append(attribute);
            parameters.put(attribute, value);
        }
    }

    private void create(TicketCopy ticket, UUID ticketId, UUID reservationId, String partNumber, String engineer,
            String partnerOrganisation, Instant at) {
        OldPart oldPart = new OldPart();
        oldPart.id = UUID.randomUUID();
        oldPart.ticketId = ticketId;
        oldPart.customerOrganisation = ticket == null ? null : ticket.customerOrganisation;
        oldPart.deviceSerial = ticket == null ? null : ticket.deviceSerial;
        oldPart.deviceId = ticket == null ? null : ticket.deviceId;
        oldPart.partNumber = partNumber;
        oldPart.reservationId = reservationId;
        oldPart.engineer = engineer;
        oldPart.partnerOrganisation = partnerOrganisation;
        oldPart.status = OldPartStatus.EXPECTED;
        oldPart.createdAt = at;
        oldPart.expectedBy = at.plus(config.oldPartReturnWithin());
        oldPart.persist();
    }

    private void receive(OldPart oldPart, Warehouse warehouse, String by, Instant now) {
        oldPart.warehouseId = warehouse.id;
        oldPart.receivedBy = by;
        oldPart.receivedAt = now;
        outbox.append(OldPartEvents.RECEIVED, oldPart.id.toString(), now, new OldPartReceived(oldPart.id,
                oldPart.ticketId, oldPart.customerOrganisation, oldPart.partNumber, oldPart.serialNumber,
                oldPart.engineer, warehouse.id, now.isAfter(oldPart.expectedBy), by, now));
    }

    private void test(OldPart oldPart, OldPartTransition body, String by, Instant now) {
        oldPart.verdict = body.verdict();
        oldPart.cause = body.cause();
        oldPart.testReason = body.reason().strip();
        oldPart.testedBy = by;
        oldPart.testedAt = now;
        outbox.append(OldPartEvents.TESTED, oldPart.id.toString(), now, new OldPartTested(oldPart.id,
                oldPart.ticketId, oldPart.customerOrganisation, oldPart.deviceSerial, oldPart.deviceId,
                oldPart.partNumber, oldPart.serialNumber, oldPart.verdict.name(),
                oldPart.cause == null ? null : oldPart.cause.name(), oldPart.testReason, by, now));
    }

    /** The stock desk, quality and managers see every old part; an engineer theirs; a partner its own. */
    private static OldPart requireVisible(OldPart oldPart, UUID id, Caller caller) {
        if (oldPart == null || !(PartsAccess.seesEverything(caller)
                || (caller.hasRole(Roles.ENGINEER) && caller.username().equals(oldPart.engineer))
                || (!caller.isVendorStaff() && oldPart.partnerOrganisation != null
                        && caller.canAccess(oldPart.partnerOrganisation)))) {
            throw ProblemException.notFound("old part", id);
        }
        return oldPart;
    }
}
