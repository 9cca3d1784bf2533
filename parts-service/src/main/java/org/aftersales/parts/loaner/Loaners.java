package org.aftersales.parts.loaner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.commitment.LoanerTerm;
import org.aftersales.events.parts.LoanerEvents;
import org.aftersales.parts.PartsConfig;
import org.aftersales.parts.catalogue.Catalogue;
import org.aftersales.parts.contract.Contracts;
import org.aftersales.parts.stock.Ledger;
import org.aftersales.parts.stock.Movement;
import org.aftersales.parts.stock.MovementKind;
import org.aftersales.parts.ticket.TicketCopy;
import org.aftersales.parts.warehouse.Warehouse;
import org.aftersales.parts.warehouse.Warehouses;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.timer.TimerHandler;
import org.aftersales.platform.timer.Timers;

/**
 * Backup units (备机) on loan: lent from stock when the loaner term of the ticket's contract covers the repair (ADR
 * 0036; no contract: a repair longer than {@code aftersales.parts.loaner-repair-longer-than}, seed 002), LOAN_OUT in
 * the ledger, one loan per unit and one unit per ticket at a time (the ticket's advisory lock orders racing loans,
 * unique indexes are the backstop); overdue on a persistent timer after {@code aftersales.parts.loan-limit}, recovered
 * (LOAN_BACK) with the days on loan.
 */
@ApplicationScoped
public class Loaners implements TimerHandler {

    static final String OVERDUE = "loaner-overdue";

    private final Ledger ledger;
    private final Catalogue catalogue;
    private final Warehouses warehouses;
    private final Outbox outbox;
    private final Timers timers;
    private final PartsConfig config;
    private final Contracts contracts;

    Loaners(Ledger ledger, Catalogue catalogue, Warehouses warehouses, Outbox outbox, Timers timers,
            PartsConfig config, Contracts contracts) {
        this.contracts = contracts;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.warehouses = warehouses;
        this.outbox = outbox;
        this.timers = timers;
        this.config = config;
    }

    @Transactional
    public Loaner.View lend(NewLoan body, Caller caller) {
        if (!catalogue.require(body.partNumber()).serialTracked) {
            throw ProblemException.badRequest("A backup unit is a serial-tracked part",
                    List.of(new FieldProblem("partNumber", "part " + body.partNumber() + " is not serial-tracked")));
        }
        Warehouse warehouse = warehouses.require(body.warehouseId(), caller);
        TicketCopy ticket = TicketCopy.findById(body.ticketId());
        Instant now = Instant.now();
        Optional<Contracts.InForce> contract = ticket == null ? Optional.empty()
                : contracts.inForce(ticket.deviceSerial, ticket.customerOrganisation, now);
        LoanerTerm term = contracts.loanerTerm(contract);
        term.refusal(Duration.parse(body.expectedRepair()), body.returnedToFactory()).ifPresent(why -> {
            throw ProblemException.conflict("No backup unit is owed for ticket " + body.ticketId() + ": "
                    + contract.map(Loaners::named).orElse("with no contract in force, the default term")
                    + " lends one for " + term.describe() + ", and " + why);
        });
        Loaner.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "loaner-ticket:" + body.ticketId()).getSingleResult();
        Loaner.<Loaner>find("ticketId = ?1 and status = ?2", body.ticketId(), Loaner.Status.LENT).firstResultOptional()
                .ifPresent(out -> {
                    throw ProblemException.conflict("Ticket " + body.ticketId() + " has backup unit "
                            + out.serialNumber + " of " + out.partNumber + " out on loan " + out.id
                            + "; one unit per ticket: recover it first");
                });
        if (Loaner.count("partNumber = ?1 and serialNumber = ?2 and status = ?3", body.partNumber(),
                body.serialNumber().strip(), Loaner.Status.LENT) > 0) {
            throw ProblemException.conflict("Unit " + body.serialNumber() + " of " + body.partNumber()
                    + " is out on loan");
        }
        Loaner loaner = new Loaner();
        loaner.id = UUID.randomUUID();
        loaner.ticketId = body.ticketId();
        loaner.customerOrganisation = ticket == null ? null : ticket.customerOrganisation;
        loaner.partNumber = body.partNumber();
        loaner.serialNumber = body.serialNumber().strip();
        loaner.warehouseId = warehouse.id;
        loaner.partnerOrganisation = warehouse.organisation;
        loaner.reason = body.returnedToFactory() ? Loaner.Reason.RETURNED_TO_FACTORY
                : Loaner.Reason.REPAIR_LONGER_THAN_TERM;
        loaner.note = body.note();
        loaner.expectedRepair = body.expectedRepair();
        loaner.returnedToFactory = body.returnedToFactory();
        loaner.contractId = contract.map(c -> c.contract().contractId).orElse(null);
        loaner.status = Loaner.Status.LENT;
        loaner.lentBy = caller.username();
        loaner.lentAt = now;
        loaner.dueBack = now.plus(config.loanLimit());
        ledger.record(movement(loaner, loaner.warehouseId, MovementKind.LOAN_OUT, loaner.lentBy, now));
        loaner.persist();
        timers.schedule(OVERDUE, loaner.id.toString(), loaner.dueBack);
        outbox.append(LoanerEvents.LENT, loaner.id.toString(), now, loaner.event());
        return loaner.view();
    }

    @Transactional
    public Loaner.View recover(UUID id, Recovery body, Caller caller) {
        Loaner loaner = requireVisible(Loaner.findById(id, LockModeType.PESSIMISTIC_WRITE), id, caller);
        if (loaner.status != Loaner.Status.LENT) {
            throw ProblemException.conflict("Loan " + id + " was recovered before");
        }
        Warehouse warehouse = warehouses.require(body.warehouseId(), caller);
        Instant now = Instant.now();
        loaner.status = Loaner.Status.RECOVERED;
        loaner.recoveredBy = caller.username();
        loaner.recoveredAt = now;
        loaner.recoveredTo = warehouse.id;
        loaner.daysOnLoan = Loaner.daysOnLoan(loaner.lentAt, now);
        ledger.record(movement(loaner, warehouse.id, MovementKind.LOAN_BACK, loaner.recoveredBy, now));
        timers.cancel(OVERDUE, loaner.id.toString());
        outbox.append(LoanerEvents.RECOVERED, loaner.id.toString(), now, loaner.event());
        return loaner.view();
    }

    public Loaner.View view(UUID id, Caller caller) {
        return requireVisible(Loaner.findById(id), id, caller).view();
    }

    public Loaner.Page list(UUID ticketId, Loaner.Status status, boolean overdueOnly, int page, int size,
            Caller caller) {
        var scope = caller.scope();
        StringBuilder where = new StringBuilder(caller.isVendorStaff() ? "1 = 1" : scope.jpql("partnerOrganisation"));
        Map<String, Object> parameters = new HashMap<>(caller.isVendorStaff() ? Map.of() : scope.parameters());
        if (ticketId != null) {
            where.append(" and ticketId = :ticket");
            parameters.put("ticket", ticketId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (overdueOnly) {
            where.append(" and overdue = true and status = :lent");
            parameters.put("lent", Loaner.Status.LENT);
        }
        var query = Loaner.<Loaner>find(where + " order by lentAt desc, id", parameters);
        return new Loaner.Page(query.page(page, size).list().stream().map(Loaner::view).toList(), page, size,
                query.count());
    }

    @Override
    public String kind() {
        return OVERDUE;
    }

    /** The loan limit passed: the loan is overdue, once, unless it was recovered meanwhile. */
    @Override
    public void fire(String subject, Instant dueAt, Instant now) {
        Loaner loaner = Loaner.findById(UUID.fromString(subject), LockModeType.PESSIMISTIC_WRITE);
        if (loaner != null && loaner.status == Loaner.Status.LENT && !loaner.overdue) {
            loaner.overdue = true;
            outbox.append(LoanerEvents.OVERDUE, loaner.id.toString(), now, loaner.event());
        }
    }

    private static String named(Contracts.InForce contract) {
        return "contract " + (contract.contract().contractNumber != null ? contract.contract().contractNumber
                : contract.contract().contractId.toString()) + "'s loaner term";
    }

    private static Movement movement(Loaner loaner, UUID warehouseId, MovementKind kind, String by, Instant at) {
        return new Movement(loaner.partNumber, warehouseId, kind, 1, loaner.ticketId, null, null, loaner.serialNumber,
                "备机 loan " + loaner.id + " (" + loaner.reason + ")", by, at);
    }

    /** Vendor staff see every loan; a partner those from its own warehouses. */
    private static Loaner requireVisible(Loaner loaner, UUID id, Caller caller) {
        if (loaner == null || !(caller.isVendorStaff()
                || (loaner.partnerOrganisation != null && caller.canAccess(loaner.partnerOrganisation)))) {
            throw ProblemException.notFound("loan", id);
        }
        return loaner;
    }
}
