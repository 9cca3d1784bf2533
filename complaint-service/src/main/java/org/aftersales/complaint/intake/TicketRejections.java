package org.aftersales.complaint.intake;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.handling.ComplaintCategory;
import org.aftersales.complaint.handling.ComplaintChannel;
import org.aftersales.complaint.handling.ComplaintDesk;
import org.aftersales.complaint.handling.ComplaintOrigin;
import org.aftersales.complaint.handling.NewComplaint;
import org.aftersales.complaint.installedbase.KnownDevice;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes ticket-service's events, each applied once: a ticket's contact is kept, and the customer's rejection of a
 * ticket's result raises a complaint linked to the ticket and its device (at most one per ticket).
 */
@ApplicationScoped
public class TicketRejections {

    /** The longest reason a complaint holds. */
    private static final int MAX_REASON = 4000;

    private final EventInbox inbox;
    private final ComplaintDesk desk;
    private final EventHandlers handlers;

    TicketRejections(EventInbox inbox, ComplaintDesk desk) {
        this.inbox = inbox;
        this.desk = desk;
        this.handlers = new EventHandlers()
                .on(TicketEvents.CREATED, this::created)
                .on(TicketEvents.REJECTED, this::rejected);
    }

    @Incoming("ticket-events")
    @Blocking
    public void consume(String message) {
        inbox.consume(message, handlers);
    }

    private void created(CloudEvent<TicketCreated> event) {
        TicketCreated created = event.data();
        if (KnownTicket.findById(created.ticketId()) != null || created.contact() == null) {
            return;
        }
        KnownTicket ticket = new KnownTicket();
        ticket.ticketId = created.ticketId();
        ticket.customerOrganisation = created.customerOrganisation();
        ticket.deviceSerial = created.deviceSerial();
        ticket.description = created.description();
        ticket.contactName = created.contact().name();
        ticket.contactPhone = created.contact().phone();
        ticket.persist();
    }

    private void rejected(CloudEvent<TicketStatusChanged> event) {
        TicketStatusChanged rejection = event.data();
        KnownTicket ticket = KnownTicket.findById(rejection.ticketId());
        if (ticket == null || ticket.raisedComplaintId != null) {
            return;
        }
        List<UUID> devices = KnownDevice.<KnownDevice>find("serialNumber = ?1 and customerOrganisation = ?2",
                ticket.deviceSerial, ticket.customerOrganisation).stream().map(d -> d.deviceId).toList();
        String reason = "客户不接受工单处理结果 / the customer rejected the ticket's result: "
                + (rejection.reason() == null ? "" : rejection.reason()) + " (" + ticket.description + ")";
        NewComplaint complaint = new NewComplaint(ticket.customerOrganisation,
                new NewComplaint.NewComplainant(ticket.contactName, ticket.contactPhone, null, null, null, null),
                new NewComplaint.Product(null, null, null, null, null, null, devices, List.of(ticket.ticketId)),
                reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason,
                null, ComplaintChannel.PORTAL, ComplaintCategory.OTHER, null, null);
        Complaint raised = desk.register(ticket.customerOrganisation, complaint, ComplaintOrigin.TICKET_REJECTED,
                rejection.changedBy() == null ? "ticket-service" : rejection.changedBy(), rejection.changedAt());
        ticket.raisedComplaintId = raised.id;
    }
}
