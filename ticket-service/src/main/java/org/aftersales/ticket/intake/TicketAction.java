package org.aftersales.ticket.intake;

import java.util.Optional;
import java.util.Set;
import org.aftersales.events.EventType;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.platform.security.Roles;

/**
 * What can be done to a ticket, from which statuses, to which status, and by whom. {@code RESUME}
 * returns to the status the ticket was waiting in; {@code REOPEN} is allowed within the reopen window.
 *
 * <p>The table is that of a FAULT. A CONSULTATION (咨询) follows it with one difference: it is answered by
 * {@code RESOLVE} already from ACKNOWLEDGED, with the answer as the reason and no repair facts, and publishes
 * {@code aftersales.ticket.answered.v1} instead of {@code resolved.v1}, since answering a question is no repair.
 */
public enum TicketAction {
    ACKNOWLEDGE(Set.of(TicketStatus.NEW), TicketStatus.ACKNOWLEDGED, Set.of(Roles.AGENT, Roles.MANAGER),
            TicketEvents.ACKNOWLEDGED),
    DIAGNOSE(Set.of(TicketStatus.ACKNOWLEDGED), TicketStatus.DIAGNOSING, Set.of(Roles.AGENT, Roles.ENGINEER, Roles.MANAGER),
            TicketEvents.DIAGNOSING),
    DISPATCH(Set.of(TicketStatus.ACKNOWLEDGED, TicketStatus.DIAGNOSING), TicketStatus.DISPATCHED,
            Set.of(Roles.AGENT, Roles.MANAGER), TicketEvents.DISPATCHED),
    ARRIVE(Set.of(TicketStatus.DISPATCHED), TicketStatus.ON_SITE, Set.of(Roles.ENGINEER, Roles.MANAGER),
            TicketEvents.ON_SITE),
    WAIT(Set.of(TicketStatus.DIAGNOSING, TicketStatus.ON_SITE), TicketStatus.WAITING,
            Set.of(Roles.AGENT, Roles.ENGINEER, Roles.MANAGER), TicketEvents.WAITING),
    RESUME(Set.of(TicketStatus.WAITING), null, Set.of(Roles.AGENT, Roles.ENGINEER, Roles.MANAGER),
            TicketEvents.RESUMED),
    RESOLVE(Set.of(TicketStatus.DIAGNOSING, TicketStatus.ON_SITE), TicketStatus.RESOLVED,
            Set.of(Roles.AGENT, Roles.ENGINEER, Roles.MANAGER), null),
    CONFIRM(Set.of(TicketStatus.RESOLVED), TicketStatus.CONFIRMED,
            Set.of(Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.MANAGER), TicketEvents.CONFIRMED),
    REJECT(Set.of(TicketStatus.RESOLVED), TicketStatus.DIAGNOSING,
            Set.of(Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.MANAGER), TicketEvents.REJECTED),
    CLOSE(Set.of(TicketStatus.CONFIRMED), TicketStatus.CLOSED, Set.of(Roles.AGENT, Roles.MANAGER),
            TicketEvents.CLOSED),
    REOPEN(Set.of(TicketStatus.RESOLVED, TicketStatus.CONFIRMED, TicketStatus.CLOSED), TicketStatus.DIAGNOSING,
            Set.of(Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.MANAGER), TicketEvents.REOPENED),
    CANCEL(Set.of(TicketStatus.NEW, TicketStatus.ACKNOWLEDGED, TicketStatus.DIAGNOSING, TicketStatus.DISPATCHED),
            TicketStatus.CANCELLED, Set.of(Roles.CUSTOMER, Roles.PARTNER, Roles.AGENT, Roles.MANAGER),
            TicketEvents.CANCELLED);

    private final Set<TicketStatus> from;
    private final TicketStatus to;
    private final Set<String> roles;
    private final EventType<TicketStatusChanged> event;

    TicketAction(Set<TicketStatus> from, TicketStatus to, Set<String> roles, EventType<TicketStatusChanged> event) {
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.event = event;
    }

    /**
     * The event the action publishes ({@code aftersales.ticket.acknowledged.v1}…); empty for {@link #RESOLVE},
     * which publishes {@code aftersales.ticket.resolved.v1} with the repair's facts instead.
     */
    public Optional<EventType<TicketStatusChanged>> event() {
        return Optional.ofNullable(event);
    }

    /** Who may take this action. */
    public Set<String> roles() {
        return roles;
    }

    /**
     * The event the action publishes on a ticket of the given kind: for a FAULT {@link #event()}; RESOLVE of a
     * CONSULTATION publishes {@code aftersales.ticket.answered.v1}.
     */
    public Optional<EventType<TicketStatusChanged>> event(TicketKind kind) {
        return answers(kind) ? Optional.of(TicketEvents.ANSWERED) : event();
    }

    /** Whether the action needs a reason (why the ticket waits, is rejected, reopened or cancelled). */
    public boolean needsReason() {
        return this == WAIT || this == REJECT || this == REOPEN || this == CANCEL;
    }

    /** Whether the action needs a reason on a ticket of the given kind: also RESOLVE of a CONSULTATION (the answer). */
    public boolean needsReason(TicketKind kind) {
        return needsReason() || answers(kind);
    }

    /**
     * The status the action leads to from {@code current}, or empty when it is not allowed there.
     *
     * @param waitingIn the status a waiting ticket returns to on {@link #RESUME}
     */
    public Optional<TicketStatus> from(TicketStatus current, TicketStatus waitingIn) {
        if (!from.contains(current)) {
            return Optional.empty();
        }
        return Optional.of(this == RESUME ? waitingIn : to);
    }

    /** As {@link #from(TicketStatus, TicketStatus)}, where a CONSULTATION may also be answered from ACKNOWLEDGED. */
    public Optional<TicketStatus> from(TicketKind kind, TicketStatus current, TicketStatus waitingIn) {
        if (answers(kind) && current == TicketStatus.ACKNOWLEDGED) {
            return Optional.of(TicketStatus.RESOLVED);
        }
        return from(current, waitingIn);
    }

    /** RESOLVE of a consultation: answering it. */
    private boolean answers(TicketKind kind) {
        return this == RESOLVE && kind == TicketKind.CONSULTATION;
    }
}
