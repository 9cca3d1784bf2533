package org.aftersales.ticket.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.aftersales.ticket.escalation.EscalationTrigger;
import org.aftersales.ticket.escalation.Escalations;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.ticket.sla.ClockStore;
import org.aftersales.ticket.sla.SlaClock;
import org.aftersales.platform.concurrency.RetriedOnLockConflict;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers and finds service tickets for a caller, within the organisations the caller may see. */
@ApplicationScoped
@RetriedOnLockConflict
public class TicketDesk {

    private final Outbox outbox;
    private final InstalledBase installedBase;
    private final Escalations escalations;
    private final Duration reopenWindow;
    private final Event<TicketRegistered> registered;
    private final Event<TicketActionTaken> actionTaken;
    private final Duration reportedAtMaxAge;
    private final ClockStore clocks;
    private final Clock clock;

    TicketDesk(Outbox outbox, InstalledBase installedBase, Escalations escalations,
            Event<TicketRegistered> registered, Event<TicketActionTaken> actionTaken, ClockStore clocks, Clock clock,
            @ConfigProperty(name = "aftersales.ticket.reopen-window", defaultValue = "P30D") Duration reopenWindow,
            @ConfigProperty(name = "aftersales.ticket.reported-at-max-age", defaultValue = "PT72H")
            Duration reportedAtMaxAge) {
        this.outbox = outbox;
        this.installedBase = installedBase;
        this.escalations = escalations;
        this.registered = registered;
        this.actionTaken = actionTaken;
        this.reopenWindow = reopenWindow;
        this.reportedAtMaxAge = reportedAtMaxAge;
        this.clocks = clocks;
        this.clock = clock;
    }

    /** Stores the ticket and its {@code aftersales.ticket.created.v1} event in one transaction. */
    @Transactional
    public Ticket register(NewTicket request, Caller caller) {
        if (!caller.canAccess(request.customerOrganisation())) {
            throw ProblemException.forbidden(
                    "customerOrganisation " + request.customerOrganisation() + " is outside your organisation");
        }
        if (request.channel() == Channel.WARRANTY) {
            throw ProblemException.badRequest("Only ticket-service raises tickets on the WARRANTY channel",
                    List.of(new FieldProblem("channel", "must not be WARRANTY; 三包 tickets come from remedies")));
        }
        if (request.reportedAt() != null) {
            checkReportedAt(request.reportedAt(), caller);
        }
        return register(UUID.randomUUID(), request, caller.username());
    }

    /**
     * A report logged after the fact (a forwarded alarm, a voicemail, a fax read in the morning) names when it was
     * reported: only vendor staff who take calls (agents, which integration clients are, and managers) may say so,
     * as a customer or partner could otherwise buy time against the promise (403); never in the future nor longer
     * ago than {@code aftersales.ticket.reported-at-max-age} (400).
     */
    private void checkReportedAt(Instant reportedAt, Caller caller) {
        if (!caller.hasRole(Roles.AGENT) && !caller.hasRole(Roles.MANAGER)) {
            throw ProblemException.forbidden("Only agents, integration clients and managers may state reportedAt");
        }
        Instant now = Instant.now(clock);
        if (reportedAt.isAfter(now)) {
            throw ProblemException.badRequest("A fault cannot be reported in the future",
                    List.of(new FieldProblem("reportedAt", "must not be after now (" + now + ")")));
        }
        if (reportedAt.isBefore(now.minus(reportedAtMaxAge))) {
            throw ProblemException.badRequest("The report is older than intake accepts",
                    List.of(new FieldProblem("reportedAt", "must be at most " + reportedAtMaxAge + " before now")));
        }
    }

    /**
     * Registers a ticket that ticket-service raises on its own account (e.g. for a 三包 remedy), along the same path
     * as {@link #register(NewTicket, Caller)}: same checks, SLA clocks started, {@code created.v1} published. There is
     * no caller whose organisations to check. The id is given so that the work the ticket is for can be claimed
     * before it is written (a reference checked at commit, as for inspections).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ticket register(UUID id, NewTicket request, String createdBy) {
        TicketKind kind = request.kindOrDefault();
        checkKind(kind, request);
        Ticket ticket = new Ticket();
        ticket.id = id;
        ticket.kind = kind;
        ticket.channel = request.channelOrDefault();
        ticket.customerOrganisation = request.customerOrganisation();
        ticket.deviceSerial = request.deviceSerial().strip();
        ticket.createdAt = Instant.now(clock);
        ticket.reportedAt = request.reportedAt() == null ? ticket.createdAt : request.reportedAt();
        installedBase.device(ticket.deviceSerial, request.customerOrganisation()).ifPresent(device -> {
            ticket.deviceKnown = true;
            ticket.deviceId = device.deviceId;
            installedBase.contractInForce(ticket.deviceSerial, ticket.customerOrganisation, ticket.reportedAt)
                    .ifPresent(contract -> {
                        ticket.contractId = contract.contractId;
                        ticket.contractNumber = contract.contractNumber;
                    });
        });
        ticket.description = request.description().strip();
        ticket.faultLevel = request.faultLevel();
        ticket.faultType = request.faultType();
        ticket.contactName = request.contact().name().strip();
        ticket.contactPhone = request.contact().phone().strip();
        ticket.contactDepartment = stripped(request.contact().department());
        ticket.site = stripped(request.contact().site());
        ticket.status = TicketStatus.NEW;
        ticket.createdBy = createdBy;
        ticket.updatedAt = ticket.createdAt;
        ticket.persist();

        outbox.append(TicketEvents.CREATED, ticket.id.toString(), ticket.createdAt, new TicketCreated(
                ticket.id, ticket.customerOrganisation, ticket.deviceSerial, ticket.faultLevel, ticket.description,
                new Contact(ticket.contactName, ticket.contactPhone, ticket.contactDepartment, ticket.site),
                ticket.createdBy, ticket.createdAt, ticket.kind.name(), ticket.channel, ticket.faultType));
        registered.fire(new TicketRegistered(ticket));
        return ticket;
    }

    /**
     * A FAULT needs its fault level; a CONSULTATION (咨询) is no fault, so it has neither level nor type;
     * INSPECTION tickets are generated from inspection plans and cannot be registered here.
     */
    private static void checkKind(TicketKind kind, NewTicket request) {
        List<FieldProblem> problems = new ArrayList<>();
        switch (kind) {
            case FAULT -> {
                if (request.faultLevel() == null) {
                    problems.add(new FieldProblem("faultLevel", "must not be null for a FAULT"));
                }
            }
            case CONSULTATION -> {
                if (request.faultLevel() != null) {
                    problems.add(new FieldProblem("faultLevel", "must be absent for a CONSULTATION"));
                }
                if (request.faultType() != null) {
                    problems.add(new FieldProblem("faultType", "must be absent for a CONSULTATION"));
                }
            }
            case INSPECTION -> problems.add(new FieldProblem("kind",
                    "must be FAULT or CONSULTATION; inspection tickets come from inspection plans"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("The ticket's kind does not fit its fault details", problems);
        }
    }

    /** The text without surrounding blanks; null when absent or blank. */
    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** 412 when the caller's version (If-Match) is not the ticket's; no check when it is null. */
    static void requireVersion(Ticket ticket, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != ticket.version) {
            throw new ProblemException(412, "Precondition Failed", "The ticket changed since version " + expectedVersion
                    + "; it is at version " + ticket.version + ". Read it again and retry.", List.of());
        }
    }

    /**
     * Takes a lifecycle action: checks the caller's version (412 when stale), role (403), the action
     * against the status (409), the reason and the resolution facts (400); records who, when and why;
     * publishes the action's event ({@code aftersales.ticket.acknowledged.v1}…), on RESOLVE
     * {@code aftersales.ticket.resolved.v1} with the repair's facts (a consultation: {@code answered.v1}, see
     * {@link TicketAction}).
     *
     * @param expectedVersion the version the caller last read (If-Match), or null to skip the check
     */
    @Transactional
    public Ticket transition(UUID id, TransitionRequest request, Long expectedVersion, Caller caller) {
        Ticket ticket = findForUpdate(id, caller);
        requireVersion(ticket, expectedVersion);
        TicketAction action = request.action();
        if (action.roles().stream().noneMatch(caller::hasRole)) {
            throw ProblemException.forbidden("Your roles may not " + action + " a ticket");
        }
        if (action == TicketAction.RESOLVE && ticket.kind == TicketKind.INSPECTION) {
            throw ProblemException.conflict("An inspection is resolved by its record sheet, not as a repair");
        }
        if ((action == TicketAction.REOPEN || action == TicketAction.REJECT) && ticket.kind == TicketKind.INSPECTION) {
            throw ProblemException.conflict("A recorded inspection stays recorded; schedule a new inspection instead");
        }
        TicketStatus from = ticket.status;
        TicketStatus to = action.from(ticket.kind, from, ticket.waitingIn).orElseThrow(() -> ProblemException.conflict(
                action + " is not allowed while the ticket is " + from));
        Instant now = Instant.now(clock);
        if (action == TicketAction.REOPEN && ticket.resolvedAt != null && ticket.resolvedAt.plus(reopenWindow).isBefore(now)) {
            throw ProblemException.conflict("The reopen window of " + reopenWindow.toDays() + " days after resolution has passed");
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (action.needsReason(ticket.kind) && reason == null) {
            throw ProblemException.badRequest(action + " needs a reason",
                    List.of(new FieldProblem("reason", "must not be blank for " + action)));
        }
        if (action == TicketAction.WAIT && request.waitingFor() == null) {
            throw ProblemException.badRequest("WAIT needs what the ticket waits for",
                    List.of(new FieldProblem("waitingFor", "must be CUSTOMER, PARTS or MANUFACTURER for WAIT")));
        }
        boolean returnToFactory = Boolean.TRUE.equals(request.returnToFactory());
        if (returnToFactory && (action != TicketAction.WAIT || request.waitingFor() != WaitingFor.MANUFACTURER)) {
            throw ProblemException.badRequest("Only a wait for the manufacturer sends the device to the factory",
                    List.of(new FieldProblem("returnToFactory", "may be true only to WAIT for the MANUFACTURER")));
        }
        take(ticket, request, caller.username(), now);
        return ticket;
    }

    /**
     * 备件到场: a spare request of the ticket was delivered and none is still on its way; a ticket WAITING for PARTS
     * takes RESUME as {@code by} (its clocks that waited for parts restart, {@code resumed.v1} is published). Inside
     * the caller's transaction (the inbox's); the ticket is locked first, as every change of a ticket and its clocks.
     *
     * @return whether the ticket resumed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean resumeWhenPartsArrived(UUID id, String reason, String by) {
        Ticket ticket = Ticket.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null || ticket.status != TicketStatus.WAITING || ticket.waitingFor != WaitingFor.PARTS) {
            return false;
        }
        take(ticket, new TransitionRequest(TicketAction.RESUME, reason, null, null, null), by,
                Instant.now(clock));
        return true;
    }

    /** Takes an action already allowed: stores it, publishes its event and lets the clocks and watchers observe it. */
    private void take(Ticket ticket, TransitionRequest request, String by, Instant now) {
        TicketAction action = request.action();
        TicketStatus from = ticket.status;
        TicketStatus to = action.from(ticket.kind, from, ticket.waitingIn).orElseThrow();
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        boolean returnToFactory = Boolean.TRUE.equals(request.returnToFactory());
        if (action == TicketAction.RESOLVE) {
            resolve(ticket, request.resolution(), by, now);
        }
        WaitingFor waitingFor = action == TicketAction.WAIT ? request.waitingFor() : null;
        ticket.waitingIn = action == TicketAction.WAIT ? from : null;
        ticket.waitingFor = waitingFor;
        ticket.returnToFactory = ticket.returnToFactory || returnToFactory;
        ticket.status = to;
        ticket.reason = reason;
        ticket.updatedAt = now;

        TicketTransition.record(ticket.id, action, from, to, reason, by, now, waitingFor);
        action.event(ticket.kind).ifPresent(event -> outbox.append(event, ticket.id.toString(), now,
                new TicketStatusChanged(ticket.id, ticket.customerOrganisation, action.name(), from.name(), to.name(),
                        reason, by, now, ticket.assignedEngineer,
                        waitingFor == null ? null : waitingFor.name())));
        if (action == TicketAction.REJECT) {
            // Seed 003: a customer unsatisfied with the result gets someone more senior.
            escalations.escalate(ticket.id, EscalationTrigger.REJECTION, reason, by, now);
        }
        actionTaken.fire(new TicketActionTaken(ticket, action, from, waitingFor, now));
        Ticket.getEntityManager().flush();
    }

    /**
     * Records the resolution; for a FAULT publishes the repair's facts. A CONSULTATION is answered (the answer is the
     * reason), takes no repair facts and publishes no {@code resolved.v1}, which warranty-service counts as a repair.
     */
    private void resolve(Ticket ticket, TransitionRequest.Resolution resolution, String by, Instant now) {
        if (ticket.kind == TicketKind.CONSULTATION) {
            if (resolution != null) {
                throw ProblemException.badRequest("A consultation is answered with a reason, not repaired",
                        List.of(new FieldProblem("resolution", "must be absent for a CONSULTATION")));
            }
            ticket.resolvedAt = now;
            return;
        }
        if (resolution == null) {
            throw ProblemException.badRequest("RESOLVE needs the repair's facts",
                    List.of(new FieldProblem("resolution", "must not be null for RESOLVE")));
        }
        ticket.resolvedAt = now;
        ticket.stoppedWork = resolution.stoppedWork();
        Instant started = resolution.repairStartedAt() == null ? ticket.reportedAt : resolution.repairStartedAt();
        Waits waits = Waits.of(TicketTransition.<TicketTransition>list("ticketId", ticket.id).stream()
                .map(step -> new Waits.Step(step.action, step.waitingFor, step.changedAt)).toList(), now);
        Duration partsWaiting = waits.of(WaitingFor.PARTS);
        boolean late = clocks.clock(ticket.id, SlaClock.Target.RESOLUTION)
                .map(resolutionClock -> resolutionClock.deadline != null && now.isAfter(resolutionClock.deadline))
                .orElse(false);
        outbox.append(TicketEvents.RESOLVED, ticket.id.toString(), now, new TicketResolved(ticket.id,
                ticket.customerOrganisation, ticket.deviceSerial,
                resolution.component() == null || resolution.component().isBlank() ? null : resolution.component().strip(),
                resolution.faultCode().strip(), started, now,
                resolution.partsUsed() == null ? List.of() : resolution.partsUsed(), resolution.faultGone(),
                by, ticket.deviceId, resolution.stoppedWork(),
                partsWaiting.isZero() ? null : partsWaiting.toString(), waits.delayCause(late).orElse(null)));
    }

    /** The ticket's lifecycle, oldest first. */
    public List<TicketTransition> history(UUID id, Caller caller) {
        find(id, caller);
        return TicketTransition.list("ticketId = ?1 order by changedAt", id);
    }

    /**
     * The ticket, or 404 when it does not exist, belongs to an organisation the caller may not see, or — for a
     * caller whose only vendor role is engineer — is not assigned to the caller.
     */
    public Ticket find(UUID id, Caller caller) {
        return visible(Ticket.findById(id), id, caller);
    }

    /**
     * The ticket as {@link #find}, with a row lock for the rest of the transaction: a change to a ticket and its clocks
     * locks the ticket first, as the SLA timers do, so that the two never deadlock.
     */
    public Ticket findForUpdate(UUID id, Caller caller) {
        return visible(Ticket.findById(id, LockModeType.PESSIMISTIC_WRITE), id, caller);
    }

    private static Ticket visible(Ticket ticket, UUID id, Caller caller) {
        if (ticket == null || !maySee(ticket, caller)) {
            throw ProblemException.notFound("ticket", id);
        }
        return ticket;
    }

    /** Whether the caller may see the ticket: within their organisations, and assigned to them if engineer only. */
    public static boolean maySee(Ticket ticket, Caller caller) {
        return caller.canAccess(ticket.customerOrganisation)
                && (!worksOnlyAssignedTickets(caller) || caller.username().equals(ticket.assignedEngineer));
    }

    /** Whether the caller's only vendor role is engineer: such a caller works the tickets assigned to them only. */
    public static boolean worksOnlyAssignedTickets(Caller caller) {
        return caller.hasRole(Roles.ENGINEER) && Roles.VENDOR_STAFF.stream()
                .filter(role -> !role.equals(Roles.ENGINEER)).noneMatch(caller::hasRole);
    }
}
