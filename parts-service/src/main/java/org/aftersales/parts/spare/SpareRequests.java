package org.aftersales.parts.spare;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.events.EventType;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.parts.SpareRequestChanged;
import org.aftersales.events.parts.SpareRequestEvents;
import org.aftersales.events.ticket.LoanerDue;
import org.aftersales.parts.PartsAccess;
import org.aftersales.parts.PartsConfig;
import org.aftersales.parts.catalogue.Catalogue;
import org.aftersales.parts.contract.Contracts;
import org.aftersales.parts.ticket.TicketCopy;
import org.aftersales.parts.stock.StockLevel;
import org.aftersales.parts.warehouse.Warehouse;
import org.aftersales.parts.warehouse.Warehouses;
import org.aftersales.platform.deadline.Deadline;
import org.aftersales.platform.deadline.DeadlineBreach;
import org.aftersales.platform.deadline.DeadlineListener;
import org.aftersales.platform.deadline.DeadlineSpec;
import org.aftersales.platform.deadline.DeadlineState;
import org.aftersales.platform.deadline.Deadlines;
import org.aftersales.platform.deadline.Promise;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.platform.installedbase.KnownDevice;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;

/**
 * Spare parts and backup units on site within the contract's target (备品备件到场, seed 000: 4 hours, 7×24): the
 * requests, their lifecycle ({@link SpareRequestAction}) and their delivery deadline, which the kit's
 * {@link Deadlines} keep; its warning and breach are published here, through the outbox, in the timer's transaction.
 */
@ApplicationScoped
public class SpareRequests implements DeadlineListener {

    /** The kind of the delivery deadline; its subject is the request's id. */
    static final String ON_SITE = "spare-on-site";
    private static final String SYSTEM = "system";

    private final Deadlines deadlines;
    private final InstalledBase installedBase;
    private final Catalogue catalogue;
    private final Warehouses warehouses;
    private final Outbox outbox;
    private final PartsConfig config;
    private final EntityManager entityManager;
    private final Contracts contracts;

    SpareRequests(Deadlines deadlines, InstalledBase installedBase, Catalogue catalogue, Warehouses warehouses,
            Outbox outbox, PartsConfig config, EntityManager entityManager, Contracts contracts) {
        this.contracts = contracts;
        this.entityManager = entityManager;
        this.deadlines = deadlines;
        this.installedBase = installedBase;
        this.catalogue = catalogue;
        this.warehouses = warehouses;
        this.outbox = outbox;
        this.config = config;
    }

    @Transactional
    public SpareRequest.View request(NewSpareRequest body, Caller caller) {
        if ((body.partNumber() == null) == (body.model() == null)) {
            throw ProblemException.badRequest("Request a part or a backup unit of a model, exactly one",
                    List.of(new FieldProblem("partNumber", "give partNumber or model, not both and not neither")));
        }
        if (body.partNumber() != null) {
            catalogue.require(body.partNumber());
        }
        requireAssigned(body.ticketId(), caller);
        TicketCopy ticket = TicketCopy.findById(body.ticketId());
        String organisation = organisation(ticket, body.customerOrganisation());
        caller.requireAccess(organisation, "ticket", body.ticketId());
        String serial = ticket == null ? null : ticket.deviceSerial;
        return open(body.ticketId(), organisation, serial, body.partNumber(),
                body.model() == null ? null : body.model().strip(), body.quantity(), body.site().strip(),
                body.region() == null ? null : body.region().strip(), body.reason().strip(), caller.username());
    }

    /**
     * A backup unit (备机) became owed for a ticket (ticket-service's {@code loaner-due.v1}: the contract's loaner term,
     * seed 002/003): requests one of the device's model on site, on the spare promise's clock (seed 000: within 4 h),
     * unless the ticket already has an open request for a backup unit.
     *
     * @throws IllegalStateException while the device is not in parts-service's installed base (retried, then
     *     dead-lettered for replay: never dropped)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void backupUnitOwed(LoanerDue due) {
        if (SpareRequest.count("ticketId = ?1 and model is not null and status <> ?2", due.ticketId(),
                SpareRequestStatus.CANCELLED) > 0) {
            return;
        }
        KnownDevice device = installedBase.device(due.deviceSerial(), due.customerOrganisation())
                .orElseThrow(() -> new IllegalStateException("a backup unit is owed for ticket " + due.ticketId()
                        + " but device " + due.deviceSerial() + " is not in parts-service's installed base"));
        open(due.ticketId(), due.customerOrganisation(), due.deviceSerial(), null, device.model, 1,
                device.site != null ? device.site : due.customerOrganisation(), null,
                "备机 / backup unit owed: " + due.reason(), SYSTEM);
    }

    private SpareRequest.View open(UUID ticketId, String organisation, String serial, String partNumber, String model,
            int quantity, String site, String region, String reason, String by) {
        Instant now = Instant.now();
        SpareRequest request = new SpareRequest();
        request.id = UUID.randomUUID();
        request.ticketId = ticketId;
        request.customerOrganisation = organisation;
        request.partNumber = partNumber;
        request.model = model;
        request.quantity = quantity;
        request.site = site;
        request.region = region;
        request.reason = reason;
        request.status = SpareRequestStatus.REQUESTED;
        request.requestedBy = by;
        request.requestedAt = now;
        Optional<Contracts.InForce> contract = contracts.inForce(serial, organisation, now);
        request.contractId = contract.map(inForce -> inForce.contract().contractId).orElse(null);
        Deadline deadline = deadlines.start(spec(request, contract.map(Contracts.InForce::terms)));
        request.dueAt = deadline.dueAt();
        request.persist();
        publish(SpareRequestEvents.CREATED, request, deadline.state(), request.requestedBy, now);
        return request.view(deadline, List.of());
    }

    @Transactional
    public SpareRequest.View step(UUID id, SpareRequestStep body, Caller caller) {
        SpareRequest request = requireVisible(SpareRequest.findById(id, LockModeType.PESSIMISTIC_WRITE), id, caller);
        SpareRequestAction action = body.action();
        PartsAccess.requireOneOf(action.roles(), action, caller);
        requireAssigned(request.ticketId, caller);
        SpareRequestStatus to = action.from(request.status).orElseThrow(() -> ProblemException.conflict(
                "Spare request " + id + " is " + request.status + "; " + action + " is not possible"));
        Instant now = Instant.now();
        String by = caller.username();
        DeadlineState deadlineState = switch (action) {
            case PICK -> {
                request.pickedBy = by;
                request.pickedAt = now;
                yield null;
            }
            case DISPATCH -> {
                dispatch(request, body, caller, now);
                yield null;
            }
            case DELIVER -> deliver(request, body, now);
            case CANCEL -> {
                request.cancelReason = required("reason", body.reason(), action).strip();
                request.cancelledBy = by;
                request.cancelledAt = now;
                yield deadlines.cancel(ON_SITE, id.toString()).map(Deadline::state).orElse(null);
            }
        };
        request.status = to;
        if (deadlineState == null) {
            deadlineState = deadlines.find(ON_SITE, id.toString()).map(Deadline::state).orElse(null);
        }
        switch (action) {
            case DISPATCH -> publish(SpareRequestEvents.DISPATCHED, request, deadlineState, by, now);
            case DELIVER -> publish(SpareRequestEvents.DELIVERED, request, deadlineState, by, request.deliveredAt);
            case CANCEL -> publish(SpareRequestEvents.CANCELLED, request, deadlineState, by, now);
            case PICK -> {
            }
        }
        return view(request);
    }

    public SpareRequest.View view(UUID id, Caller caller) {
        return view(requireVisible(SpareRequest.findById(id), id, caller));
    }

    public SpareRequest.Page list(UUID ticketId, SpareRequestStatus status, int page, int size, Caller caller) {
        StringBuilder where = new StringBuilder(caller.scope().jpql("customerOrganisation"));
        Map<String, Object> parameters = new HashMap<>(caller.scope().parameters());
        if (PartsAccess.boundToAssignedTickets(caller)) {
            where.append(" and (requestedBy = :engineer or ticketId in "
                    + "(select t.ticketId from TicketCopy t where t.assignedEngineer = :engineer))");
            parameters.put("engineer", caller.username());
        }
        if (ticketId != null) {
            where.append(" and ticketId = :ticket");
            parameters.put("ticket", ticketId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        var query = SpareRequest.<SpareRequest>find(where + " order by requestedAt desc, id", parameters);
        return new SpareRequest.Page(query.page(page, size).list().stream().map(this::view).toList(), page, size,
                query.count());
    }

    /**
     * The warehouses with available stock of what the request asks for (the part, or the serial-tracked parts that
     * fit the backup unit's model), the assigned engineer's van first, then the site's region, then the rest.
     */
    public List<ServingWarehouse> servingWarehouses(UUID id, Caller caller) {
        SpareRequest request = requireVisible(SpareRequest.findById(id), id, caller);
        TicketCopy ticket = TicketCopy.findById(request.ticketId);
        String engineer = ticket == null ? null : ticket.assignedEngineer;
        List<Object[]> rows = entityManager.createQuery("""
                        select w, s from Warehouse w, StockLevel s where s.warehouseId = w.id
                        and s.onHand - s.reserved > 0 and s.partNumber in (select p.partNumber from Part p
                        where p.partNumber = :part or (:model is not null and p.serialTracked = true
                        and :model member of p.fitsModels))""", Object[].class)
                .setParameter("part", request.partNumber)
                .setParameter("model", request.model)
                .getResultList();
        return rows.stream().map(row -> {
            Warehouse warehouse = (Warehouse) row[0];
            StockLevel level = (StockLevel) row[1];
            return new ServingWarehouse(warehouse.id, warehouse.code, warehouse.name, warehouse.kind,
                    warehouse.region, level.partNumber, level.onHand - level.reserved, ServingWarehouse.reasonFor(
                            warehouse.kind, warehouse.engineer, warehouse.region, engineer, request.region));
        }).sorted(ServingWarehouse.RANKING).toList();
    }

    @Override
    public String kind() {
        return ON_SITE;
    }

    @Override
    public void warning(Deadline deadline, Instant now) {
        publishAlert(SpareRequestEvents.SLA_WARNING, deadline, now);
    }

    @Override
    public void breached(Deadline deadline, DeadlineBreach breach, Instant now) {
        publishAlert(SpareRequestEvents.SLA_BREACHED, deadline, now);
    }

    private void publishAlert(EventType<SpareRequestChanged> type, Deadline deadline, Instant now) {
        SpareRequest request = SpareRequest.findById(UUID.fromString(deadline.subject()));
        if (request != null) {
            publish(type, request, deadline.state(), SYSTEM, now);
        }
    }

    private void dispatch(SpareRequest request, SpareRequestStep body, Caller caller, Instant now) {
        UUID warehouseId = required("warehouseId", body.warehouseId(), SpareRequestAction.DISPATCH);
        Instant eta = required("eta", body.eta(), SpareRequestAction.DISPATCH);
        if (eta.isBefore(now)) {
            throw ProblemException.badRequest("The ETA is in the past",
                    List.of(new FieldProblem("eta", "must not be before now: " + eta)));
        }
        request.warehouseId = warehouses.require(warehouseId, caller).id;
        request.eta = eta;
        request.dispatchedBy = caller.username();
        request.dispatchedAt = now;
    }

    private DeadlineState deliver(SpareRequest request, SpareRequestStep body, Instant now) {
        request.receivedBy = required("receivedBy", body.receivedBy(), SpareRequestAction.DELIVER).strip();
        Instant at = body.deliveredAt() == null ? now : body.deliveredAt();
        if (at.isAfter(now) || at.isBefore(request.dispatchedAt)) {
            throw ProblemException.badRequest("The delivery time is not between the dispatch and now",
                    List.of(new FieldProblem("deliveredAt", "must be between " + request.dispatchedAt + " and now")));
        }
        request.deliveredAt = at;
        return deadlines.met(ON_SITE, request.id.toString(), at).map(Deadline::state).orElse(null);
    }

    /**
     * The contract's {@code spares.delivery} and warning share, else the default promise
     * ({@code aftersales.parts.spare-delivery}, 4 h) warning at the kit's default share; on a 7×24 calendar. A backup
     * unit (a model) is on the contract's promise only when it covers backup units ({@code spares.backupUnits}, ADR
     * 0036); a promise of parts only leaves it on the default.
     */
    private DeadlineSpec spec(SpareRequest request, Optional<ContractActivated> contract) {
        Promise promise = contract.map(ContractActivated::spares)
                .filter(spares -> request.model == null || spares.backupUnits())
                .map(ContractActivated.SpareTerms::delivery)
                .map(SpareRequests::promise).orElseGet(() -> Promise.within(config.spareDelivery()));
        DeadlineSpec spec = DeadlineSpec.of(ON_SITE, request.id.toString(), promise,
                ServiceCalendar.alwaysOpen(ServiceCalendar.DEFAULT_ZONE), request.requestedAt);
        Integer warningPercent = contract.map(ContractActivated::warningAtPercent).orElse(null);
        return warningPercent == null ? spec : spec.warningAt(warningPercent);
    }

    private static Promise promise(ContractActivated.TimeTarget target) {
        return target.workingDays() != null ? Promise.workingDays(target.workingDays())
                : Promise.parse(target.elapsed());
    }

    private SpareRequest.View view(SpareRequest request) {
        String subject = request.id.toString();
        return request.view(deadlines.find(ON_SITE, subject).orElse(null), deadlines.breachesOf(subject));
    }

    /**
     * Keyed by the ticket, not the request: a ticket's requests then share one partition, and a consumer that decides
     * across them (ticket-service resumes a ticket when none is on its way any more) reads their events in the order
     * they were recorded here.
     */
    private void publish(EventType<SpareRequestChanged> type, SpareRequest request, DeadlineState deadlineState,
            String by, Instant at) {
        outbox.append(type, request.ticketId.toString(), at, request.event(deadlineState, by, at));
    }

    /** The ticket's organisation as parts-service knows it, else as the request names it; both must agree. */
    private static String organisation(TicketCopy ticket, String named) {
        String known = ticket == null ? null : ticket.customerOrganisation;
        if (known == null && (named == null || named.isBlank())) {
            throw ProblemException.badRequest("The ticket is not known yet: name its customer organisation",
                    List.of(new FieldProblem("customerOrganisation", "required while the ticket is not known")));
        }
        if (known != null && named != null && !known.equals(named.strip())) {
            throw ProblemException.badRequest("The ticket belongs to another organisation",
                    List.of(new FieldProblem("customerOrganisation", "the ticket's organisation is not " + named)));
        }
        return known != null ? known : named.strip();
    }

    private static <T> T required(String field, T value, SpareRequestAction action) {
        if (value == null) {
            throw ProblemException.badRequest(action + " needs " + field,
                    List.of(new FieldProblem(field, "required for " + action)));
        }
        return value;
    }

    private static void requireAssigned(UUID ticketId, Caller caller) {
        if (PartsAccess.boundToAssignedTickets(caller) && !TicketCopy.assignedTo(ticketId, caller.username())) {
            throw ProblemException.forbidden("Ticket " + ticketId + " is not assigned to you");
        }
    }

    /** Vendor staff see every request (an engineer those of their tickets), a customer or partner their own. */
    private static SpareRequest requireVisible(SpareRequest request, UUID id, Caller caller) {
        if (request == null || !caller.canAccess(request.customerOrganisation)
                || (PartsAccess.boundToAssignedTickets(caller) && !caller.username().equals(request.requestedBy)
                        && !TicketCopy.assignedTo(request.ticketId, caller.username()))) {
            throw ProblemException.notFound("spare request", id);
        }
        return request;
    }
}
