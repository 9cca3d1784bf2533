package org.aftersales.events.ticket;

import org.aftersales.events.EventType;

/** The events of the ticket aggregate, published by ticket-service on topic {@code aftersales.ticket}. */
public final class TicketEvents {

    public static final String AGGREGATE = "ticket";

    public static final EventType<TicketCreated> CREATED =
            new EventType<>("aftersales.ticket.created.v1", AGGREGATE, TicketCreated.class);

    /** An agent called back (已响应). */
    public static final EventType<TicketStatusChanged> ACKNOWLEDGED =
            new EventType<>("aftersales.ticket.acknowledged.v1", AGGREGATE, TicketStatusChanged.class);

    /** Diagnosis by phone or remotely began. */
    public static final EventType<TicketStatusChanged> DIAGNOSING =
            new EventType<>("aftersales.ticket.diagnosing.v1", AGGREGATE, TicketStatusChanged.class);

    /** An engineer was sent (已派工). */
    public static final EventType<TicketStatusChanged> DISPATCHED =
            new EventType<>("aftersales.ticket.dispatched.v1", AGGREGATE, TicketStatusChanged.class);

    /** The engineer arrived on site (到场). */
    public static final EventType<TicketStatusChanged> ON_SITE =
            new EventType<>("aftersales.ticket.on-site.v1", AGGREGATE, TicketStatusChanged.class);

    /** The ticket waits for the customer or for parts, with the reason. */
    public static final EventType<TicketStatusChanged> WAITING =
            new EventType<>("aftersales.ticket.waiting.v1", AGGREGATE, TicketStatusChanged.class);

    /** The wait ended. */
    public static final EventType<TicketStatusChanged> RESUMED =
            new EventType<>("aftersales.ticket.resumed.v1", AGGREGATE, TicketStatusChanged.class);

    /** The customer confirmed the fault is gone. */
    public static final EventType<TicketStatusChanged> CONFIRMED =
            new EventType<>("aftersales.ticket.confirmed.v1", AGGREGATE, TicketStatusChanged.class);

    /** The customer rejected the result, with the reason. */
    public static final EventType<TicketStatusChanged> REJECTED =
            new EventType<>("aftersales.ticket.rejected.v1", AGGREGATE, TicketStatusChanged.class);

    /** The ticket was closed. */
    public static final EventType<TicketStatusChanged> CLOSED =
            new EventType<>("aftersales.ticket.closed.v1", AGGREGATE, TicketStatusChanged.class);

    /** The ticket was reopened within the reopen window, with the reason. */
    public static final EventType<TicketStatusChanged> REOPENED =
            new EventType<>("aftersales.ticket.reopened.v1", AGGREGATE, TicketStatusChanged.class);

    /** The ticket was cancelled, with the reason. */
    public static final EventType<TicketStatusChanged> CANCELLED =
            new EventType<>("aftersales.ticket.cancelled.v1", AGGREGATE, TicketStatusChanged.class);

    /** The ticket was escalated (升级) one level: engineer → senior engineer → manager → leadership. */
    public static final EventType<TicketEscalated> ESCALATED =
            new EventType<>("aftersales.ticket.escalated.v1", AGGREGATE, TicketEscalated.class);

    /** Published when a ticket's repair ends with its facts; consumed by warranty-service. */
    public static final EventType<TicketResolved> RESOLVED =
            new EventType<>("aftersales.ticket.resolved.v1", AGGREGATE, TicketResolved.class);

    /** An SLA clock reached the warning share of its target (预警). */
    public static final EventType<SlaAlert> SLA_WARNING =
            new EventType<>("aftersales.ticket.sla-warning.v1", AGGREGATE, SlaAlert.class);

    /** An SLA clock passed its deadline unmet (超时); the breach is stored with the contract's consequence. */
    public static final EventType<SlaAlert> SLA_BREACHED =
            new EventType<>("aftersales.ticket.sla-breached.v1", AGGREGATE, SlaAlert.class);

    /** A stored SLA breach was withdrawn by a reclassification; it stays on record, marked withdrawn. */
    public static final EventType<SlaBreachWithdrawn> SLA_BREACH_WITHDRAWN =
            new EventType<>("aftersales.ticket.sla-breach-withdrawn.v1", AGGREGATE, SlaBreachWithdrawn.class);

    /** 备机: the contract's loaner term owes a backup unit at the vendor's cost (once per ticket). */
    public static final EventType<LoanerDue> LOANER_DUE =
            new EventType<>("aftersales.ticket.loaner-due.v1", AGGREGATE, LoanerDue.class);

    /** A repair report (维修报告) or fault analysis report (故障分析报告) was first submitted. */
    public static final EventType<ReportSubmitted> REPORT_SUBMITTED =
            new EventType<>("aftersales.ticket.report-submitted.v1", AGGREGATE, ReportSubmitted.class);

    /**
     * A consultation (咨询) was answered: RESOLVE of a ticket of kind CONSULTATION, with the answer as reason. It
     * is no repair, so it is not {@link #RESOLVED}, which warranty-service counts as one.
     */
    public static final EventType<TicketStatusChanged> ANSWERED =
            new EventType<>("aftersales.ticket.answered.v1", AGGREGATE, TicketStatusChanged.class);

    /** An inspection (巡检) ticket was created ahead of its due date, planned or one-off (重大活动保障). */
    public static final EventType<InspectionDue> INSPECTION_DUE =
            new EventType<>("aftersales.ticket.inspection-due.v1", AGGREGATE, InspectionDue.class);

    /** An inspection (巡检) was carried out, with its record sheet; consumed by warranty-service's device history. */
    public static final EventType<InspectionDone> INSPECTION_DONE =
            new EventType<>("aftersales.ticket.inspection-done.v1", AGGREGATE, InspectionDone.class);

    private TicketEvents() {
    }
}
