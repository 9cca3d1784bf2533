package org.aftersales.ticket.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aftersales.events.ticket.ReportSubmitted;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketDesk;
import org.aftersales.ticket.intake.TicketStatus;
import org.aftersales.platform.concurrency.RetriedOnLockConflict;

/**
 * Writes and reads the service reports of resolved tickets: the repair report (维修报告), which the customer
 * confirms, and the fault analysis report (故障分析报告). A report's first submission fires
 * {@link ServiceReportSubmitted} for the SLA clocks and publishes {@code aftersales.ticket.report-submitted.v1}.
 */
@ApplicationScoped
@RetriedOnLockConflict
public class ServiceReports {

    /** The statuses in which a ticket's fault is resolved, so that its reports can be written. */
    public static final Set<TicketStatus> AFTER_RESOLUTION =
            Set.copyOf(EnumSet.of(TicketStatus.RESOLVED, TicketStatus.CONFIRMED, TicketStatus.CLOSED));

    private final TicketDesk desk;
    private final Outbox outbox;
    private final Event<ServiceReportSubmitted> submitted;
    private final Clock clock;

    ServiceReports(TicketDesk desk, Outbox outbox, Event<ServiceReportSubmitted> submitted, Clock clock) {
        this.desk = desk;
        this.outbox = outbox;
        this.submitted = submitted;
        this.clock = clock;
    }

    /** A report as written, and whether this was its first submission. */
    public record Written<T>(T report, boolean first) {
    }

    /**
     * Submits or revises the ticket's repair report: 409 before resolution or once the customer confirmed it,
     * 400 when its times are inconsistent.
     */
    @Transactional
    public Written<RepairReportView> writeRepairReport(UUID ticketId, RepairReportRequest body, Caller caller) {
        Ticket ticket = resolvedTicket(ticketId, caller);
        RepairReport report = RepairReport.findById(ticketId);
        if (report != null && report.confirmed()) {
            throw ProblemException.conflict("The customer confirmed the repair report at " + report.confirmedAt
                    + "; it can no longer change");
        }
        Instant now = Instant.now(clock);
        List<FieldProblem> problems =
                RepairReportRules.timeProblems(ticket.reportedAt, body.arrivedAt(), body.restoredAt(), now);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("The repair report's times are inconsistent", problems);
        }
        boolean first = report == null;
        if (first) {
            report = new RepairReport();
            report.ticketId = ticketId;
            report.submittedBy = caller.username();
            report.submittedAt = now;
        }
        report.arrivedAt = body.arrivedAt();
        report.cause = body.cause().strip();
        report.measures = body.measures().strip();
        report.restoredAt = body.restoredAt();
        report.partsUsed.clear();
        if (body.partsUsed() != null) {
            body.partsUsed().stream().map(RepairReportPart::new).forEach(report.partsUsed::add);
        }
        report.updatedBy = caller.username();
        report.updatedAt = now;
        if (first) {
            report.persist();
            announce(ticket, ReportKind.REPAIR_REPORT, now, caller);
        }
        return new Written<>(RepairReportView.of(report, ticket), first);
    }

    /**
     * Records the customer's confirmation of the repair report (签字), after which it is frozen: by a customer or
     * partner of the ticket's organisation, or by vendor staff on their behalf naming who confirmed.
     */
    @Transactional
    public RepairReportView confirmRepairReport(UUID ticketId, ConfirmationRequest body, Caller caller) {
        Ticket ticket = lockedTicket(ticketId, caller);
        RepairReport report = RepairReport.findById(ticketId);
        if (report == null) {
            throw ProblemException.conflict("Ticket " + ticketId + " has no repair report to confirm yet");
        }
        if (report.confirmed()) {
            throw ProblemException.conflict("The repair report was confirmed already, by " + report.confirmedBy
                    + " at " + report.confirmedAt);
        }
        String confirmedBy = body == null ? null : stripToNull(body.confirmedBy());
        if (confirmedBy == null && caller.isVendorStaff()) {
            throw ProblemException.badRequest("Confirming on the customer's behalf needs the name of who confirmed",
                    List.of(new FieldProblem("confirmedBy", "must not be blank when confirming for the customer")));
        }
        report.confirmedBy = confirmedBy == null ? caller.username() : confirmedBy;
        report.confirmedAt = Instant.now(clock);
        report.confirmationRecordedBy = caller.username();
        return RepairReportView.of(report, ticket);
    }

    /** The ticket's repair report; 404 when it has none. */
    public RepairReportView repairReport(UUID ticketId, Caller caller) {
        Ticket ticket = desk.find(ticketId, caller);
        return RepairReport.<RepairReport>findByIdOptional(ticketId)
                .map(report -> RepairReportView.of(report, ticket))
                .orElseThrow(() -> ProblemException.notFound("repair report of ticket", ticketId));
    }

    /** Submits or revises the ticket's fault analysis report: 409 before resolution. */
    @Transactional
    public Written<FaultAnalysisView> writeFaultAnalysis(UUID ticketId, FaultAnalysisRequest body, Caller caller) {
        Ticket ticket = resolvedTicket(ticketId, caller);
        Instant now = Instant.now(clock);
        FaultAnalysis analysis = FaultAnalysis.findById(ticketId);
        boolean first = analysis == null;
        if (first) {
            analysis = new FaultAnalysis();
            analysis.ticketId = ticketId;
            analysis.submittedBy = caller.username();
            analysis.submittedAt = now;
        }
        analysis.cause = body.cause().strip();
        analysis.prevention = body.prevention().strip();
        analysis.updatedBy = caller.username();
        analysis.updatedAt = now;
        if (first) {
            analysis.persist();
            announce(ticket, ReportKind.FAULT_ANALYSIS, now, caller);
        }
        return new Written<>(FaultAnalysisView.of(analysis), first);
    }

    /** The ticket's fault analysis report; 404 when it has none. */
    public FaultAnalysisView faultAnalysis(UUID ticketId, Caller caller) {
        desk.find(ticketId, caller);
        return FaultAnalysis.<FaultAnalysis>findByIdOptional(ticketId)
                .map(FaultAnalysisView::of)
                .orElseThrow(() -> ProblemException.notFound("fault analysis of ticket", ticketId));
    }

    private Ticket resolvedTicket(UUID ticketId, Caller caller) {
        Ticket ticket = lockedTicket(ticketId, caller);
        if (!AFTER_RESOLUTION.contains(ticket.status)) {
            throw ProblemException.conflict("Reports are written once the ticket is resolved; it is " + ticket.status);
        }
        return ticket;
    }

    /** The ticket, locked so that its reports are written one at a time and its status holds meanwhile. */
    private Ticket lockedTicket(UUID ticketId, Caller caller) {
        Ticket.findById(ticketId, LockModeType.PESSIMISTIC_WRITE);
        return desk.find(ticketId, caller);
    }

    /**
     * A report's first submission: publishes {@code aftersales.ticket.report-submitted.v1} and fires
     * {@link ServiceReportSubmitted}, which meets the report's SLA clock, in the caller's transaction.
     */
    public void announce(Ticket ticket, ReportKind kind, Instant now, Caller caller) {
        outbox.append(TicketEvents.REPORT_SUBMITTED, ticket.id.toString(), now, new ReportSubmitted(ticket.id,
                ticket.customerOrganisation, kind.name(), now, caller.username()));
        submitted.fire(new ServiceReportSubmitted(ticket.id, kind, now));
    }

    static String stripToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
