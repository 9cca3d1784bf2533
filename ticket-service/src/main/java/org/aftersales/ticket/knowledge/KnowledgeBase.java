package org.aftersales.ticket.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketDesk;
import org.aftersales.ticket.report.FaultAnalysis;
import org.aftersales.ticket.report.RepairReport;
import org.aftersales.ticket.report.ServiceReports;

/**
 * 知识库: solved problems, entered by hand or taken from a resolved ticket and its reports, found again with
 * Chinese text through {@link SearchTerms}.
 */
@ApplicationScoped
public class KnowledgeBase {

    private final EntityManager entityManager;
    private final InstalledBase installedBase;
    private final Clock clock;

    KnowledgeBase(EntityManager entityManager, InstalledBase installedBase, Clock clock) {
        this.entityManager = entityManager;
        this.installedBase = installedBase;
        this.clock = clock;
    }

    /**
     * Adds an entry; with a source ticket, the fields left out are taken from the ticket (symptom), its repair
     * report or fault analysis (cause, solution) and its device (model). 400 names a field still missing or an
     * unknown source ticket; 409 when the source ticket is not resolved.
     */
    @Transactional
    public KnowledgeEntry create(NewKnowledgeEntry body, Caller caller) {
        Description description = body.sourceTicketId() == null
                ? new Description(body.symptom(), body.cause(), body.solution(), body.deviceModel())
                        .complete(field -> "must not be blank")
                : fromTicket(body, caller);
        KnowledgeEntry entry = new KnowledgeEntry();
        entry.id = UUID.randomUUID();
        entry.describe(description);
        entry.sourceTicketId = body.sourceTicketId();
        entry.createdBy = caller.username();
        entry.createdAt = Instant.now(clock);
        entry.updatedBy = entry.createdBy;
        entry.updatedAt = entry.createdAt;
        entry.persist();
        return entry;
    }

    private Description fromTicket(NewKnowledgeEntry body, Caller caller) {
        UUID ticketId = body.sourceTicketId();
        Ticket ticket = Ticket.<Ticket>findByIdOptional(ticketId)
                .filter(found -> TicketDesk.maySee(found, caller))
                .orElseThrow(() -> ProblemException.badRequest("The source ticket does not exist",
                        List.of(new FieldProblem("sourceTicketId", "no ticket " + ticketId))));
        if (!ServiceReports.AFTER_RESOLUTION.contains(ticket.status)) {
            throw ProblemException.conflict("Knowledge comes from resolved tickets; ticket " + ticketId + " is "
                    + ticket.status);
        }
        Optional<RepairReport> repair = RepairReport.findByIdOptional(ticketId);
        Optional<FaultAnalysis> analysis = FaultAnalysis.findByIdOptional(ticketId);
        String model = ticket.deviceKnown
                ? installedBase.device(ticket.deviceSerial).map(device -> device.model).orElse(null)
                : null;
        return new Description(
                Description.firstOf(body.symptom(), ticket.description),
                Description.firstOf(body.cause(), repair.map(r -> r.cause).orElse(null),
                        analysis.map(a -> a.cause).orElse(null)),
                Description.firstOf(body.solution(), repair.map(r -> r.measures).orElse(null)),
                Description.firstOf(body.deviceModel(), model))
                .complete(field -> "must not be blank: ticket " + ticketId + " has no report to take it from");
    }

    /** Replaces what an entry says; 409 once it is retired. */
    @Transactional
    public KnowledgeEntry update(UUID id, KnowledgeEntryUpdate body, Caller caller) {
        KnowledgeEntry entry = inUse(id);
        entry.describe(new Description(body.symptom(), body.cause(), body.solution(), body.deviceModel()));
        entry.updatedBy = caller.username();
        entry.updatedAt = Instant.now(clock);
        return entry;
    }

    /** Takes an entry out of the searches, with the reason; 409 when it is retired already. */
    @Transactional
    public KnowledgeEntry retire(UUID id, RetirementRequest body, Caller caller) {
        KnowledgeEntry entry = inUse(id);
        entry.retiredBy = caller.username();
        entry.retiredAt = Instant.now(clock);
        entry.retirementReason = body.reason().strip();
        return entry;
    }

    /** An entry, retired or not; 404 when there is none. */
    public KnowledgeEntry find(UUID id) {
        return KnowledgeEntry.<KnowledgeEntry>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("knowledge-base entry", id));
    }

    /**
     * The entries in use that have all the query's required terms (every entry for a query without terms), of
     * the device model when given (ignoring case); ranked by how many of the query's terms their symptom has,
     * then newest first.
     */
    public Found search(String text, String deviceModel, int page, int size) {
        SearchTerms.Query query = SearchTerms.query(text);
        StringBuilder where = new StringBuilder(" where e.retired_at is null");
        Map<String, Object> parameters = new HashMap<>();
        if (!query.isEmpty()) {
            // Terms hold no spaces: the tokenizer cuts at them.
            where.append(" and e.terms @> string_to_array(:required, ' ')");
            parameters.put("required", String.join(" ", query.required()));
        }
        if (deviceModel != null && !deviceModel.isBlank()) {
            where.append(" and lower(e.device_model) = lower(:model)");
            parameters.put("model", deviceModel.strip());
        }
        Query count = entityManager.createNativeQuery("select count(*) from knowledge_entry e" + where);
        parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();

        Query select = entityManager.createNativeQuery("select e.* from knowledge_entry e" + where
                + " order by (select count(*) from unnest(string_to_array(:ranking, ' ')) t"
                + " where t = any(e.symptom_terms)) desc, e.created_at desc, e.id"
                + " limit :size offset :offset", KnowledgeEntry.class);
        parameters.forEach(select::setParameter);
        select.setParameter("ranking", String.join(" ", query.ranking()));
        select.setParameter("size", size);
        select.setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<KnowledgeEntry> entries = select.getResultList();
        return new Found(entries, total);
    }

    /** A page of entries, and how many matched in all. */
    public record Found(List<KnowledgeEntry> entries, long total) {
    }

    /** The entry, locked so that concurrent changes apply one after the other; 409 once retired. */
    private KnowledgeEntry inUse(UUID id) {
        KnowledgeEntry entry = KnowledgeEntry.<KnowledgeEntry>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("knowledge-base entry", id));
        if (entry.retired()) {
            throw ProblemException.conflict("Knowledge-base entry " + id + " was retired at " + entry.retiredAt);
        }
        return entry;
    }
}
