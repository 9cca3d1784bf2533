package org.aftersales.ticket.inspection;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftersales.events.ticket.InspectionDone;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.OrganisationScope;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.platform.installedbase.KnownContract;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketAction;
import org.aftersales.ticket.intake.TicketDesk;
import org.aftersales.ticket.intake.TicketKind;
import org.aftersales.ticket.intake.TicketStatus;
import org.aftersales.ticket.intake.TicketTransition;
import org.aftersales.ticket.report.ReportKind;
import org.aftersales.ticket.report.ServiceReports;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.ticket.sla.SlaClocks;

/**
 * Inspections (巡检) for a caller: one-offs, record sheets, plans and lists, within the organisations the caller
 * may see.
 */
@ApplicationScoped
public class InspectionDesk {

    /** An inspection in one of these has its record sheet already, or will never get one. */
    private static final Set<TicketStatus> DONE =
            Set.of(TicketStatus.RESOLVED, TicketStatus.CONFIRMED, TicketStatus.CLOSED, TicketStatus.CANCELLED);

    private final TicketDesk ticketDesk;
    private final InspectionTickets tickets;
    private final InspectionContracts contracts;
    private final InstalledBase installedBase;
    private final Outbox outbox;
    private final SlaClocks slaClocks;
    private final ServiceReports reports;
    private final Clock clock;

    InspectionDesk(TicketDesk ticketDesk, InspectionTickets tickets, InspectionContracts contracts,
            InstalledBase installedBase, Outbox outbox, SlaClocks slaClocks, ServiceReports reports,
            Clock clock) {
        this.ticketDesk = ticketDesk;
        this.tickets = tickets;
        this.contracts = contracts;
        this.installedBase = installedBase;
        this.outbox = outbox;
        this.slaClocks = slaClocks;
        this.reports = reports;
        this.clock = clock;
    }

    /** 重大活动保障: opens a one-off inspection ticket for the device, under its contract when known. */
    @Transactional
    public InspectionView scheduleOneOff(NewInspection request, Caller caller) {
        String serial = request.deviceSerial().strip();
        Instant now = Instant.now(clock);
        UUID contractId = installedBase.device(serial, request.customerOrganisation())
                .flatMap(device -> installedBase.contractInForce(serial, request.customerOrganisation(), now))
                .map(contract -> contract.contractId)
                .orElse(null);
        InspectionTickets.Due due = new InspectionTickets.Due(request.customerOrganisation(), serial, contractId, null,
                request.occasion().strip(), request.dueOn());
        Ticket ticket = tickets.open(due, caller.username(), now).orElseThrow();
        return InspectionView.of(Inspection.findById(ticket.id), ticket, contracts.terms(contractId));
    }

    /**
     * Stores the record sheet of an inspection ticket and resolves it (with a history entry), computing the report
     * deadline; publishes {@code aftersales.ticket.inspection-done.v1} — not {@code resolved.v1}: it was no repair.
     */
    @Transactional
    public InspectionView record(UUID ticketId, InspectionRecord record, Caller caller) {
        Ticket ticket = ticketDesk.find(ticketId, caller);
        if (ticket.kind != TicketKind.INSPECTION) {
            throw ProblemException.conflict(
                    "Ticket " + ticketId + " is a " + ticket.kind + " ticket, not an inspection");
        }
        if (DONE.contains(ticket.status)) {
            throw ProblemException.conflict(
                    "The inspection is " + ticket.status + ": its record cannot be stored again");
        }
        Instant now = Instant.now(clock);
        Inspection inspection = Inspection.findById(ticketId);
        InspectionTerms terms = contracts.terms(inspection.contractId);
        inspection.grounding = record.grounding().strip();
        inspection.dust = record.dust().strip();
        inspection.operatingState = record.operatingState().strip();
        inspection.softwareVersion = record.softwareVersion() == null || record.softwareVersion().isBlank()
                ? null : record.softwareVersion().strip();
        inspection.findings = record.findings().strip();
        inspection.inspectedAt = record.inspectedAt() == null ? now : record.inspectedAt();
        inspection.inspectedBy = caller.username();
        ServiceCalendar.Due reportDue = terms.reportWithin().dueAfter(inspection.inspectedAt, terms.calendar());
        inspection.reportDueAt = reportDue.at();
        inspection.reportDueGuessed = reportDue.guessed();
        slaClocks.inspectionRecorded(ticket, terms.calendar(), inspection.inspectedAt, reportDue.at(),
                terms.reportWithin().describe());

        TicketTransition.record(ticket.id, TicketAction.RESOLVE, ticket.status, TicketStatus.RESOLVED,
                "巡检记录单 stored: inspected", caller.username(), now, null);
        ticket.status = TicketStatus.RESOLVED;
        ticket.waitingIn = null;
        ticket.reason = null;
        ticket.resolvedAt = now;
        ticket.updatedAt = now;
        outbox.append(TicketEvents.INSPECTION_DONE, ticket.id.toString(), now, new InspectionDone(ticket.id,
                ticket.customerOrganisation, ticket.deviceSerial, inspection.inspectedAt, inspection.grounding,
                inspection.dust, inspection.operatingState, inspection.softwareVersion, inspection.findings,
                inspection.inspectedBy));
        Ticket.getEntityManager().flush();
        return InspectionView.of(inspection, ticket, terms);
    }

    /**
     * Delivers the inspection report (巡检报告) of an inspected ticket, or revises it; the first delivery meets the
     * report's SLA clock and publishes {@code aftersales.ticket.report-submitted.v1} (kind INSPECTION_REPORT).
     */
    @Transactional
    public InspectionView deliverReport(UUID ticketId, InspectionReport report, Caller caller) {
        // Locked: two first deliveries at once announce the report once.
        Ticket.findById(ticketId, LockModeType.PESSIMISTIC_WRITE);
        Ticket ticket = ticketDesk.find(ticketId, caller);
        Inspection inspection = ticket.kind == TicketKind.INSPECTION ? Inspection.findById(ticketId) : null;
        if (inspection == null) {
            throw ProblemException.conflict(
                    "Ticket " + ticketId + " is a " + ticket.kind + " ticket, not an inspection");
        }
        if (inspection.inspectedAt == null) {
            throw ProblemException.conflict("The inspection has no record sheet yet: its report follows the visit");
        }
        Instant now = Instant.now(clock);
        if (inspection.reportDeliveredAt == null) {
            inspection.reportDeliveredAt = now;
            inspection.reportDeliveredBy = caller.username();
            reports.announce(ticket, ReportKind.INSPECTION_REPORT, now, caller);
        }
        inspection.reportSummary = report.summary().strip();
        inspection.reportRecommendations = report.recommendations() == null || report.recommendations().isBlank()
                ? null : report.recommendations().strip();
        return InspectionView.of(inspection, ticket, contracts.terms(inspection.contractId));
    }

    /** The inspection of an INSPECTION ticket; 404 for another tenant's ticket or a ticket that is no inspection. */
    public InspectionView find(UUID ticketId, Caller caller) {
        Ticket ticket = ticketDesk.find(ticketId, caller);
        if (ticket.kind != TicketKind.INSPECTION) {
            throw ProblemException.notFound("inspection of ticket", ticketId);
        }
        Inspection inspection = Inspection.findById(ticketId);
        return InspectionView.of(inspection, ticket, contracts.terms(inspection.contractId));
    }

    /** The inspections the caller may see, optionally of one contract and due within [dueFrom, dueTo], by due date. */
    public InspectionPage list(UUID contractId, LocalDate dueFrom, LocalDate dueTo, int page, int size, Caller caller) {
        OrganisationScope scope = caller.scope();
        StringBuilder where = new StringBuilder(scope.jpql("customerOrganisation"));
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (TicketDesk.worksOnlyAssignedTickets(caller)) {
            where.append(" and ticketId in (select t.id from Ticket t where t.assignedEngineer = :engineer)");
            parameters.put("engineer", caller.username());
        }
        if (contractId != null) {
            where.append(" and contractId = :contractId");
            parameters.put("contractId", contractId);
        }
        if (dueFrom != null) {
            where.append(" and dueOn >= :dueFrom");
            parameters.put("dueFrom", dueFrom);
        }
        if (dueTo != null) {
            where.append(" and dueOn <= :dueTo");
            parameters.put("dueTo", dueTo);
        }
        List<Inspection> found = Inspection.<Inspection>find(where.toString(), Sort.by("dueOn").and("ticketId"),
                parameters).page(page, size).list();
        Map<UUID, Ticket> ticketsById = found.isEmpty() ? Map.of()
                : Ticket.<Ticket>list("id in ?1", found.stream().map(i -> i.ticketId).toList()).stream()
                        .collect(Collectors.toMap(ticket -> ticket.id, Function.identity()));
        Map<Optional<UUID>, InspectionTerms> terms = new HashMap<>();
        List<InspectionView> items = found.stream().map(inspection -> InspectionView.of(inspection,
                ticketsById.get(inspection.ticketId), terms.computeIfAbsent(Optional.ofNullable(inspection.contractId),
                        id -> contracts.terms(id.orElse(null))))).toList();
        return new InspectionPage(items, page, size, Inspection.count(where.toString(), parameters));
    }

    /**
     * 巡检计划 of a contract: its schedules and each device's next {@code count} visits from today (in the contract's
     * zone), with their tickets once generated; 404 for an unknown contract or another tenant's.
     */
    public InspectionPlanView plan(UUID contractId, int count, Caller caller) {
        KnownContract contract = KnownContract.<KnownContract>findByIdOptional(contractId)
                .orElseThrow(() -> ProblemException.notFound("contract", contractId));
        caller.requireAccess(contract.customerOrganisation, "contract", contractId);
        if (TicketDesk.worksOnlyAssignedTickets(caller)) {
            // An engineer works the inspections assigned to them, not a contract's whole plan.
            throw ProblemException.notFound("contract", contractId);
        }
        InspectionTerms terms = contracts.terms(contract);
        LocalDate today = terms.today(Instant.now(clock));
        Map<Occurrence.OfDevice, UUID> opened = Inspection.<Inspection>list(
                        "contractId = ?1 and scheduleName is not null and dueOn >= ?2", contractId, today).stream()
                .collect(Collectors.toMap(
                        i -> new Occurrence.OfDevice(i.deviceSerial, new Occurrence(i.scheduleName, i.dueOn)),
                        i -> i.ticketId));
        List<InspectionPlanView.DevicePlan> devices = contracts.devices(contract).stream()
                .map(device -> new InspectionPlanView.DevicePlan(device.serialNumber(), device.warrantyStart().date(),
                        device.warrantyStart().basis(), terms.plan().next(device.warrantyStart(), today, count).stream()
                                .map(o -> new InspectionPlanView.NextVisit(o.scheduleName(), o.dueOn(),
                                        opened.get(new Occurrence.OfDevice(device.serialNumber(), o))))
                                .toList()))
                .toList();
        return new InspectionPlanView(contract.contractId, contract.contractNumber, contract.customerOrganisation,
                contract.startsOn, contract.endsOn,
                terms.plan().schedules().stream().map(InspectionPlanView.Schedule::of).toList(), terms.reportWithin(),
                devices);
    }
}
