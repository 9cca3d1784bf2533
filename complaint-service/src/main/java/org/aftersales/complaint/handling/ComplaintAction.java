package org.aftersales.complaint.handling;

import static org.aftersales.complaint.handling.ComplaintStatus.APPROVED;
import static org.aftersales.complaint.handling.ComplaintStatus.CLOSED;
import static org.aftersales.complaint.handling.ComplaintStatus.CONTACTED;
import static org.aftersales.complaint.handling.ComplaintStatus.DETERMINED;
import static org.aftersales.complaint.handling.ComplaintStatus.FOLLOWED_UP;
import static org.aftersales.complaint.handling.ComplaintStatus.INVESTIGATING;
import static org.aftersales.complaint.handling.ComplaintStatus.RECEIVED;
import static org.aftersales.complaint.handling.ComplaintStatus.SOLUTION_IN_PROGRESS;
import static org.aftersales.complaint.handling.ComplaintStatus.SOLVED;

import java.util.Optional;
import java.util.Set;
import org.aftersales.events.EventType;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.events.complaint.ComplaintStatusChanged;
import org.aftersales.platform.security.Roles;

/**
 * What can be done to a complaint, from which status, to which status, by whom, and the event it publishes. The
 * complainant decides (seed 002): {@link #REJECT_SOLUTION} at follow-up reopens the complaint, however often, until
 * they are satisfied ({@link #CONFIRM_SOLUTION}).
 */
public enum ComplaintAction {
    /** Contact the complainant and promise a reply time. */
    CONTACT(RECEIVED, CONTACTED, Set.of(Roles.AGENT, Roles.MANAGER), ComplaintEvents.CONTACTED),
    /** Hand the complaint to a department and person to investigate. */
    INVESTIGATE(CONTACTED, INVESTIGATING, Set.of(Roles.QUALITY, Roles.MANAGER), ComplaintEvents.INVESTIGATING),
    /** Record findings, root cause, quality determination and the proposed solution. */
    DETERMINE(INVESTIGATING, DETERMINED, Set.of(Roles.QUALITY, Roles.MANAGER), ComplaintEvents.DETERMINED),
    /** A manager approves the solution (seed 000: reported to the management representative and general manager). */
    APPROVE(DETERMINED, APPROVED, Set.of(Roles.MANAGER), ComplaintEvents.APPROVED),
    /** A manager sends the determination back to the investigation, with the reason. */
    REQUEST_REVISION(DETERMINED, INVESTIGATING, Set.of(Roles.MANAGER), ComplaintEvents.REVISION_REQUESTED),
    START_SOLUTION(APPROVED, SOLUTION_IN_PROGRESS, Set.of(Roles.AGENT, Roles.QUALITY, Roles.MANAGER),
            ComplaintEvents.SOLUTION_STARTED),
    /** The solution was carried out: the follow-up deadline starts. */
    SOLVE(SOLUTION_IN_PROGRESS, SOLVED, Set.of(Roles.AGENT, Roles.QUALITY, Roles.MANAGER), ComplaintEvents.SOLVED),
    /** At follow-up the complainant confirms the solution was carried out and is satisfied. */
    CONFIRM_SOLUTION(SOLVED, FOLLOWED_UP, Set.of(Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.MANAGER),
            ComplaintEvents.FOLLOWED_UP),
    /** At follow-up the complainant rejects the solution: reopened, one level up, its deadlines restarted. */
    REJECT_SOLUTION(SOLVED, RECEIVED, Set.of(Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.MANAGER),
            ComplaintEvents.REOPENED),
    CLOSE(FOLLOWED_UP, CLOSED, Set.of(Roles.AGENT, Roles.MANAGER), ComplaintEvents.CLOSED);

    private final ComplaintStatus from;
    private final ComplaintStatus to;
    private final Set<String> roles;
    private final EventType<ComplaintStatusChanged> event;

    ComplaintAction(ComplaintStatus from, ComplaintStatus to, Set<String> roles,
            EventType<ComplaintStatusChanged> event) {
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.event = event;
    }

    /** The status the action leads to from {@code current}, or empty when it is not allowed there. */
    public Optional<ComplaintStatus> from(ComplaintStatus current) {
        return current == from ? Optional.of(to) : Optional.empty();
    }

    public Set<String> roles() {
        return roles;
    }

    public EventType<ComplaintStatusChanged> event() {
        return event;
    }

    /** Whether the action needs a reason: why the solution is rejected or the determination sent back. */
    public boolean needsReason() {
        return this == REJECT_SOLUTION || this == REQUEST_REVISION;
    }
}
