package org.aftersales.ticket.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.ticket.installedbase.InstalledBaseCopy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Registers and finds service tickets for a caller, within the organisations the caller may see. */
@ApplicationScoped
public class TicketDesk {

    private final Outbox outbox;
    private final InstalledBaseCopy installedBase;
    private final Duration reopenWindow;
    private final Clock clock;

    TicketDesk(Outbox outbox, InstalledBaseCopy installedBase,
            @ConfigProperty(name = "aftersales.ticket.reopen-window", defaultValue = "P30D") Duration reopenWindow) {
        this.outbox = outbox;
        this.installedBase = installedBase;
        this.reopenWindow = reopenWindow;
        this.clock = Clock.systemUTC();
    }

    /** Stores the ticket and its {@code aftersales.ticket.created.v1} event in one transaction. */
    @Transactional
    public Ticket register(NewTicket request, Caller caller) {
        if (!caller.canAccess(request.customerOrganisation())) {
            throw ProblemException.forbidden(
                    "customerOrganisation " + request.customerOrganisation() + " is outside your organisation");
        }
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.customerOrganisation = request.customerOrganisation();
        ticket.deviceSerial = request.deviceSerial().strip();
        // A serial of another organisation's installed base is treated as unknown here: nothing is disclosed.
        installedBase.device(ticket.deviceSerial)
                .filter(device -> device.customerOrganisation.equals(request.customerOrganisation()))
                .ifPresent(device -> {
                    ticket.deviceKnown = true;
                    ticket.deviceId = device.deviceId;
                    ticket.contractId = device.contractId;
                });
        ticket.description = request.description().strip();
        ticket.faultLevel = request.faultLevel();
        ticket.contactName = request.contact().name().strip();
        ticket.contactPhone = request.contact().phone().strip();
        ticket.status = TicketStatus.NEW;
        ticket.createdBy = caller.username();
        ticket.createdAt = Instant.now(clock);
        ticket.updatedAt = ticket.createdAt;
        ticket.persist();

        outbox.append(TicketEvents.CREATED, ticket.id.toString(), ticket.createdAt, new TicketCreated(
                ticket.id, ticket.customerOrganisation, ticket.deviceSerial, ticket.faultLevel, ticket.description,
                new Contact(ticket.contactName, ticket.contactPhone), ticket.createdBy, ticket.createdAt));
        return ticket;
    }

    /**
     * Takes a lifecycle action: checks the caller's version (412 when stale), role (403), the action
     * against the status (409), the reason and the resolution facts (400); records who, when and why;
     * publishes the action's event ({@code aftersales.ticket.acknowledged.v1}…), on RESOLVE
     * {@code aftersales.ticket.resolved.v1} with the repair's facts.
     *
     * @param expectedVersion the version the caller last read (If-Match), or null to skip the check
     */
    @Transactional
    public Ticket transition(UUID id, TransitionRequest request, Long expectedVersion, Caller caller) {
        Ticket ticket = find(id, caller);
        if (expectedVersion != null && expectedVersion != ticket.version) {
            throw new ProblemException(412, "Precondition Failed", "The ticket changed since version " + expectedVersion
                    + "; it is at version " + ticket.version + ". Read it again and retry.", List.of());
        }
        TicketAction action = request.action();
        if (action.roles().stream().noneMatch(caller::hasRole)) {
            throw ProblemException.forbidden("Your roles may not " + action + " a ticket");
        }
        if (action == TicketAction.RESOLVE && ticket.kind == TicketKind.INSPECTION) {
            throw ProblemException.conflict("An inspection is resolved by its record sheet, not as a repair");
        }
        TicketStatus from = ticket.status;
        TicketStatus to = action.from(from, ticket.waitingIn).orElseThrow(() -> ProblemException.conflict(
                action + " is not allowed while the ticket is " + from));
        Instant now = Instant.now(clock);
        if (action == TicketAction.REOPEN && ticket.resolvedAt != null && ticket.resolvedAt.plus(reopenWindow).isBefore(now)) {
            throw ProblemException.conflict("The reopen window of " + reopenWindow.toDays() + " days after resolution has passed");
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (action.needsReason() && reason == null) {
            throw ProblemException.badRequest(action + " needs a reason",
                    List.of(new FieldProblem("reason", "must not be blank for " + action)));
        }
        if (action == TicketAction.RESOLVE) {
            resolve(ticket, request.resolution(), caller, now);
        }
        ticket.waitingIn = action == TicketAction.WAIT ? from : null;
        ticket.status = to;
        ticket.reason = reason;
        ticket.updatedAt = now;

        TicketTransition transition = new TicketTransition();
        transition.id = UUID.randomUUID();
        transition.ticketId = ticket.id;
        transition.action = action;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.reason = reason;
        transition.changedBy = caller.username();
        transition.changedAt = now;
        transition.persist();
        action.event().ifPresent(event -> outbox.append(event, ticket.id.toString(), now, new TicketStatusChanged(
                ticket.id, ticket.customerOrganisation, action.name(), from.name(), to.name(), reason,
                caller.username(), now)));
        Ticket.getEntityManager().flush();
        return ticket;
    }

    private void resolve(Ticket ticket, TransitionRequest.Resolution resolution, Caller caller, Instant now) {
        if (resolution == null) {
            throw ProblemException.badRequest("RESOLVE needs the repair's facts",
                    List.of(new FieldProblem("resolution", "must not be null for RESOLVE")));
        }
        ticket.resolvedAt = now;
        Instant started = resolution.repairStartedAt() == null ? ticket.createdAt : resolution.repairStartedAt();
        outbox.append(TicketEvents.RESOLVED, ticket.id.toString(), now, new TicketResolved(ticket.id,
                ticket.customerOrganisation, ticket.deviceSerial,
                resolution.component() == null || resolution.component().isBlank() ? null : resolution.component().strip(),
                resolution.faultCode().strip(), started, now,
                resolution.partsUsed() == null ? List.of() : resolution.partsUsed(), resolution.faultGone(),
                caller.username()));
    }

    /** The ticket's lifecycle, oldest first. */
    public List<TicketTransition> history(UUID id, Caller caller) {
        find(id, caller);
        return TicketTransition.list("ticketId = ?1 order by changedAt", id);
    }

    /** The ticket, or 404 when it does not exist or belongs to an organisation the caller may not see. */
    public Ticket find(UUID id, Caller caller) {
        Ticket ticket = Ticket.findById(id);
        if (ticket == null) {
            throw ProblemException.notFound("ticket", id);
        }
        caller.requireAccess(ticket.customerOrganisation, "ticket", id);
        return ticket;
    }
}
