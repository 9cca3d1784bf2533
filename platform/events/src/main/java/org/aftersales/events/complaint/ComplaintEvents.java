package org.aftersales.events.complaint;

import org.aftersales.events.EventType;

/** The events of the complaint aggregate (投诉), published by complaint-service on topic {@code aftersales.complaint}. */
public final class ComplaintEvents {

    public static final String AGGREGATE = "complaint";

    public static final EventType<ComplaintReceived> RECEIVED =
            new EventType<>("aftersales.complaint.received.v1", AGGREGATE, ComplaintReceived.class);

    /** The complainant was contacted and promised a reply time. */
    public static final EventType<ComplaintStatusChanged> CONTACTED =
            new EventType<>("aftersales.complaint.contacted.v1", AGGREGATE, ComplaintStatusChanged.class);

    /** The investigation determined the cause and whether it is a quality problem (质量问题界定). */
    public static final EventType<ComplaintStatusChanged> DETERMINED =
            new EventType<>("aftersales.complaint.determined.v1", AGGREGATE, ComplaintStatusChanged.class);

    /** The approved solution was carried out; the follow-up is due. */
    public static final EventType<ComplaintStatusChanged> SOLVED =
            new EventType<>("aftersales.complaint.solved.v1", AGGREGATE, ComplaintStatusChanged.class);

    /** The complainant rejected the solution at follow-up: handled again, one level up (seed 002: until satisfied). */
    public static final EventType<ComplaintStatusChanged> REOPENED =
            new EventType<>("aftersales.complaint.reopened.v1", AGGREGATE, ComplaintStatusChanged.class);

    public static final EventType<ComplaintEscalated> ESCALATED =
            new EventType<>("aftersales.complaint.escalated.v1", AGGREGATE, ComplaintEscalated.class);

    public static final EventType<ComplaintStatusChanged> CLOSED =
            new EventType<>("aftersales.complaint.closed.v1", AGGREGATE, ComplaintStatusChanged.class);

    public static final EventType<ComplaintDeadlineAlert> DEADLINE_WARNING =
            new EventType<>("aftersales.complaint.deadline-warning.v1", AGGREGATE, ComplaintDeadlineAlert.class);

    public static final EventType<ComplaintDeadlineAlert> DEADLINE_BREACHED =
            new EventType<>("aftersales.complaint.deadline-breached.v1", AGGREGATE, ComplaintDeadlineAlert.class);

    /** A department began investigating the cause. */
    public static final EventType<ComplaintStatusChanged> INVESTIGATING =
            new EventType<>("aftersales.complaint.investigating.v1", AGGREGATE, ComplaintStatusChanged.class);

    /** A manager approved the proposed solution. */
    public static final EventType<ComplaintStatusChanged> APPROVED =
            new EventType<>("aftersales.complaint.approved.v1", AGGREGATE, ComplaintStatusChanged.class);

    /** A manager sent the determination back to the investigation, with the reason. */
    public static final EventType<ComplaintStatusChanged> REVISION_REQUESTED =
            new EventType<>("aftersales.complaint.revision-requested.v1", AGGREGATE, ComplaintStatusChanged.class);

    /** Carrying out the approved solution began. */
    public static final EventType<ComplaintStatusChanged> SOLUTION_STARTED =
            new EventType<>("aftersales.complaint.solution-started.v1", AGGREGATE, ComplaintStatusChanged.class);

    /** The follow-up (回访) found the complainant satisfied with the solution carried out. */
    public static final EventType<ComplaintStatusChanged> FOLLOWED_UP =
            new EventType<>("aftersales.complaint.followed-up.v1", AGGREGATE, ComplaintStatusChanged.class);

    private ComplaintEvents() {
    }
}
