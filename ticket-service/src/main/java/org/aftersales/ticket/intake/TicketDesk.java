package org.aftersales.ticket.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;

/** Registers and finds service tickets for a caller, within the organisations the caller may see. */
@ApplicationScoped
public class TicketDesk {

    private final Outbox outbox;
    private final Clock clock;

    TicketDesk(Outbox outbox) {
        this.outbox = outbox;
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
        ticket.description = request.description().strip();
        ticket.faultLevel = request.faultLevel();
        ticket.contactName = request.contact().name().strip();
        ticket.contactPhone = request.contact().phone().strip();
        ticket.status = TicketStatus.NEW;
        ticket.createdBy = caller.username();
        ticket.createdAt = Instant.now(clock);
        ticket.persist();

        outbox.append(TicketEvents.CREATED, ticket.id.toString(), ticket.createdAt, new TicketCreated(
                ticket.id, ticket.customerOrganisation, ticket.deviceSerial, ticket.faultLevel, ticket.description,
                new Contact(ticket.contactName, ticket.contactPhone), ticket.createdBy, ticket.createdAt));
        return ticket;
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
