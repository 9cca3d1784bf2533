package org.aftersales.ticket.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * Chinese text through {@link SearchTerms}. Every write masks the customer's identifiers ({@link CustomerIdentifiers}:
 * those of the source ticket's customer, and any serial the installed-base copy or a ticket knows); an entry is a
 * draft until vendor staff publish it, and partners see the published entries and their own drafts (ADR 0029).
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
        entry.describe(description, identifiers(body.sourceTicketId(), description));
        entry.sourceTicketId = body.sourceTicketId();
        entry.status = EntryStatus.DRAFT;
        entry.authorOrganisation = caller.isVendorStaff() ? null : caller.organisation().orElse(null);
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
        Description description = new Description(body.symptom(), body.cause(), body.solution(), body.deviceModel());
        entry.describe(description, identifiers(entry.sourceTicketId, description));
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

    /**
     * Publishes a reviewed draft beyond the vendor (发布): from now on every partner finds it. 409 when it is published
     * or retired already.
     */
    @Transactional
    public KnowledgeEntry publish(UUID id, Caller caller) {
        KnowledgeEntry entry = inUse(id);
        if (entry.published()) {
            throw ProblemException.conflict("Knowledge-base entry " + id + " was published at " + entry.publishedAt
                    + " by " + entry.reviewedBy);
        }
        entry.status = EntryStatus.PUBLISHED;
        entry.reviewedBy = caller.username();
        entry.publishedAt = Instant.now(clock);
        entry.updatedBy = caller.username();
        entry.updatedAt = entry.publishedAt;
        return entry;
    }

    /** An entry, retired or not, that the caller may see; 404 when there is none or it is another's draft. */
    public KnowledgeEntry find(UUID id, Caller caller) {
        return KnowledgeEntry.<KnowledgeEntry>findByIdOptional(id)
                .filter(entry -> maySee(entry, caller))
                .orElseThrow(() -> ProblemException.notFound("knowledge-base entry", id));
    }

    /** Vendor staff see every entry; others the published ones and their own organisation's drafts. */
    static boolean maySee(KnowledgeEntry entry, Caller caller) {
        return caller.isVendorStaff() || entry.published()
                || entry.authorOrganisation != null && caller.organisation().filter(entry.authorOrganisation::equals)
                        .isPresent();
    }

    /**
     * What must not reach the entry: with a source ticket, the names, departments, sites and organisation of its
     * customer's tickets and the serials of the customer's devices; in any case the serials that the installed-base
     * copy or a ticket knows among the entry's words.
     */
    private CustomerIdentifiers identifiers(UUID sourceTicketId, Description description) {
        CustomerIdentifiers.Builder known = CustomerIdentifiers.builder();
        Ticket source = sourceTicketId == null ? null : Ticket.findById(sourceTicketId);
        if (source != null) {
            List<Object[]> contacts = entityManager.createQuery("""
                            select distinct t.contactName, t.contactDepartment, t.site, t.deviceSerial from Ticket t
                            where t.customerOrganisation = :organisation""", Object[].class)
                    .setParameter("organisation", source.customerOrganisation)
                    .getResultList();
            known.organisation(source.customerOrganisation)
                    .names(contacts.stream().flatMap(row -> Stream.of((String) row[0],
                            (String) row[1])).toList())
                    .sites(contacts.stream().map(row -> (String) row[2]).toList())
                    .serials(contacts.stream().map(row -> (String) row[3]).toList())
                    .serials(entityManager.createQuery("""
                                    select d.serialNumber from KnownDevice d
                                    where d.customerOrganisation = :organisation""", String.class)
                            .setParameter("organisation", source.customerOrganisation).getResultList());
        }
        Set<String> candidates = CustomerIdentifiers.serialCandidates(description.symptom(), description.cause(),
                description.solution()).stream().map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (!candidates.isEmpty()) {
            known.serials(entityManager.createQuery("""
                            select d.serialNumber from KnownDevice d where lower(d.serialNumber) in :words""",
                            String.class).setParameter("words", candidates).getResultList());
            known.serials(entityManager.createQuery("""
                            select distinct t.deviceSerial from Ticket t where lower(t.deviceSerial) in :words""",
                            String.class).setParameter("words", candidates).getResultList());
        }
        return known.build();
    }

    /**
     * The entries in use that the caller may see ({@link #maySee}), of the status when given, that have all the query's required terms (every entry for a query without terms), of
     * the device model when given (ignoring case); ranked by how many of the query's terms their symptom has,
     * then newest first.
     */
    public Found search(String text, String deviceModel, EntryStatus status, int page, int size, Caller caller) {
        SearchTerms.Query query = SearchTerms.query(text);
        StringBuilder where = new StringBuilder(" where e.retired_at is null");
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.isVendorStaff()) {
            where.append(" and (e.status = 'PUBLISHED' or e.author_organisation = :author)");
            parameters.put("author", caller.organisation().orElse(""));
        }
        if (status != null) {
            where.append(" and e.status = :status");
            parameters.put("status", status.name());
        }
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
