package org.aftersales.ticket.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.ticket.dispatch.DispatchBodies.AssignmentRequest;
import org.aftersales.ticket.dispatch.DispatchBodies.Position;
import org.aftersales.ticket.dispatch.DispatchBodies.Suggestions;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketAction;
import org.aftersales.ticket.intake.TicketDesk;
import org.aftersales.ticket.intake.TicketStatus;
import org.aftersales.ticket.intake.TransitionRequest;
import org.aftersales.platform.concurrency.RetriedOnLockConflict;

/**
 * 派工与现场服务: suggests engineers, assigns one with an appointment, takes their acceptance or declination,
 * and records their visits on site. Status changes go through {@link TicketDesk#transition}: assigning a ticket that
 * is acknowledged or diagnosing dispatches it, the first check-in is the arrival.
 */
@ApplicationScoped
@RetriedOnLockConflict
public class Dispatcher {

    private static final List<TicketStatus> ASSIGNABLE =
            List.of(TicketStatus.ACKNOWLEDGED, TicketStatus.DIAGNOSING, TicketStatus.DISPATCHED);
    private static final List<TicketStatus> VISITABLE =
            List.of(TicketStatus.DISPATCHED, TicketStatus.ON_SITE, TicketStatus.WAITING);

    private final TicketDesk desk;
    private final EngineerRoster roster;
    private final InstalledBase installedBase;
    private final Clock clock;

    Dispatcher(TicketDesk desk, EngineerRoster roster, InstalledBase installedBase, Clock clock) {
        this.desk = desk;
        this.clock = clock;
        this.roster = roster;
        this.installedBase = installedBase;
    }

    /**
     * Every engineer ranked for the ticket ({@link EngineerRanking}).
     *
     * @param skill the skill asked for; when null, the model of the ticket's device if the installed base knows it
     * @param region the ticket's region, or null
     */
    public Suggestions suggest(UUID ticketId, String skill, String region, Caller caller) {
        Ticket ticket = desk.find(ticketId, caller);
        String wanted = skill != null ? skill : deviceModel(ticket).orElse(null);
        Instant now = Instant.now(clock);
        return new Suggestions(ticket.id, wanted, region, now,
                EngineerRanking.rank(roster.candidates(), new EngineerRanking.Need(wanted, region, now)));
    }

    /**
     * Assigns the ticket to an engineer with an appointment, replacing an earlier assignment; dispatches a ticket
     * that is acknowledged or diagnosing. Allowed until the engineer is on site.
     */
    @Transactional
    public Assignment assign(UUID ticketId, AssignmentRequest request, Caller caller) {
        Ticket ticket = desk.find(ticketId, caller);
        if (!request.appointment().from().isBefore(request.appointment().to())) {
            throw ProblemException.badRequest("The appointment ends before it begins",
                    List.of(new FieldProblem("appointment.to", "must be after appointment.from")));
        }
        Engineer engineer = roster.find(request.engineer().strip()).orElseThrow(() -> ProblemException.badRequest(
                "No such engineer", List.of(new FieldProblem("engineer", "no engineer of this name is registered"))));
        if (!ASSIGNABLE.contains(ticket.status)) {
            throw ProblemException.conflict("An engineer can be assigned while the ticket is " + ASSIGNABLE
                    + "; it is " + ticket.status);
        }
        Instant now = Instant.now(clock);
        current(ticketId).filter(Dispatcher::standing).ifPresent(earlier -> earlier.state = AssignmentState.REPLACED);
        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.ticketId = ticketId;
        assignment.engineer = engineer.username;
        assignment.appointmentFrom = request.appointment().from();
        assignment.appointmentTo = request.appointment().to();
        assignment.state = AssignmentState.PENDING;
        assignment.assignedBy = caller.username();
        assignment.assignedAt = now;
        assignment.persist();
        ticket.assignedEngineer = engineer.username;
        ticket.updatedAt = now;
        if (ticket.status != TicketStatus.DISPATCHED) {
            desk.transition(ticketId, new TransitionRequest(TicketAction.DISPATCH, null, null, null, null), null,
                    caller);
        }
        return assignment;
    }

    /** The ticket's latest assignment, or 404 when it never had one. */
    public Assignment assignment(UUID ticketId, Caller caller) {
        desk.find(ticketId, caller);
        return current(ticketId).orElseThrow(() -> ProblemException.notFound("assignment of ticket", ticketId));
    }

    /** The assigned engineer accepts a pending assignment. */
    @Transactional
    public Assignment accept(UUID ticketId, Caller caller) {
        Assignment assignment = ownAssignment(desk.find(ticketId, caller), caller);
        if (assignment.state != AssignmentState.PENDING) {
            throw ProblemException.conflict("The assignment is already " + assignment.state);
        }
        assignment.state = AssignmentState.ACCEPTED;
        assignment.respondedAt = Instant.now(clock);
        return assignment;
    }

    /**
     * The assigned engineer declines before arriving: the ticket stays dispatched but has no engineer until an
     * agent assigns it again.
     */
    @Transactional
    public Assignment decline(UUID ticketId, String reason, Caller caller) {
        Ticket ticket = desk.find(ticketId, caller);
        Assignment assignment = ownAssignment(ticket, caller);
        if (ticket.status != TicketStatus.DISPATCHED) {
            throw ProblemException.conflict("An assignment can be declined only before arriving; the ticket is "
                    + ticket.status);
        }
        Instant now = Instant.now(clock);
        assignment.state = AssignmentState.DECLINED;
        assignment.respondedAt = now;
        assignment.declineReason = reason.strip();
        ticket.assignedEngineer = null;
        ticket.updatedAt = now;
        return assignment;
    }

    /**
     * The assigned engineer arrives on site (签到): the first check-in of a dispatched ticket is its arrival
     * (ARRIVE); later ones, while on site or waiting, record further visits. Checking in accepts a pending
     * assignment.
     */
    @Transactional
    public Visit checkIn(UUID ticketId, Position position, Caller caller) {
        Ticket ticket = desk.find(ticketId, caller);
        requireBothOrNeither(position);
        Assignment assignment = ownAssignment(ticket, caller);
        if (!VISITABLE.contains(ticket.status)) {
            throw ProblemException.conflict("Check-in is possible while the ticket is " + VISITABLE + "; it is "
                    + ticket.status);
        }
        openVisit(ticketId, caller.username()).ifPresent(open -> {
            throw ProblemException.conflict("You are checked in since " + open.checkedInAt + "; check out first");
        });
        Instant now = Instant.now(clock);
        if (assignment.state == AssignmentState.PENDING) {
            assignment.state = AssignmentState.ACCEPTED;
            assignment.respondedAt = now;
        }
        Visit visit = new Visit();
        visit.id = UUID.randomUUID();
        visit.ticketId = ticketId;
        visit.engineer = caller.username();
        visit.checkedInAt = now;
        visit.checkInLatitude = position.latitude();
        visit.checkInLongitude = position.longitude();
        visit.persist();
        if (ticket.status == TicketStatus.DISPATCHED) {
            desk.transition(ticketId, new TransitionRequest(TicketAction.ARRIVE, null, null, null, null), null,
                    caller);
        }
        return visit;
    }

    /** The engineer leaves the site (签退); the ticket's status does not change. */
    @Transactional
    public Visit checkOut(UUID ticketId, Position position, Caller caller) {
        desk.find(ticketId, caller);
        requireBothOrNeither(position);
        Visit visit = openVisit(ticketId, caller.username())
                .orElseThrow(() -> ProblemException.conflict("You are not checked in on this ticket"));
        visit.checkedOutAt = Instant.now(clock);
        visit.checkOutLatitude = position.latitude();
        visit.checkOutLongitude = position.longitude();
        return visit;
    }

    /** The ticket's visits, oldest first. */
    public List<Visit> visits(UUID ticketId, Caller caller) {
        desk.find(ticketId, caller);
        return Visit.list("ticketId = ?1 order by checkedInAt", ticketId);
    }

    private Optional<String> deviceModel(Ticket ticket) {
        return ticket.deviceKnown ? installedBase.device(ticket.deviceSerial).map(device -> device.model)
                : Optional.empty();
    }

    private static Optional<Assignment> current(UUID ticketId) {
        return Assignment.<Assignment>find("ticketId = ?1 order by assignedAt desc", ticketId).firstResultOptional();
    }

    private static boolean standing(Assignment assignment) {
        return assignment.state == AssignmentState.PENDING || assignment.state == AssignmentState.ACCEPTED;
    }

    /** The caller's standing assignment of the ticket; 403 when the ticket is not assigned to the caller. */
    private static Assignment ownAssignment(Ticket ticket, Caller caller) {
        return current(ticket.id)
                .filter(assignment -> standing(assignment) && assignment.engineer.equals(caller.username()))
                .orElseThrow(() -> ProblemException.forbidden("The ticket is not assigned to you"));
    }

    private static Optional<Visit> openVisit(UUID ticketId, String engineer) {
        return Visit.find("ticketId = ?1 and engineer = ?2 and checkedOutAt is null", ticketId, engineer)
                .firstResultOptional();
    }

    private static void requireBothOrNeither(Position position) {
        if ((position.latitude() == null) != (position.longitude() == null)) {
            String missing = position.latitude() == null ? "latitude" : "longitude";
            throw ProblemException.badRequest("Give both coordinates or neither",
                    List.of(new FieldProblem(missing, "is required when the other coordinate is given")));
        }
    }
}
