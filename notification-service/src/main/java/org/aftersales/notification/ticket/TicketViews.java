package org.aftersales.notification.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketStatusChanged;

/** Keeps {@link TicketView}s from ticket-service's events. */
@ApplicationScoped
public class TicketViews {

    public void created(TicketCreated ticket) {
        TicketView view = TicketView.findById(ticket.ticketId());
        boolean known = view != null;
        if (!known) {
            view = new TicketView();
            view.ticketId = ticket.ticketId();
            view.status = "NEW";
        }
        view.customerOrganisation = ticket.customerOrganisation();
        view.deviceSerial = ticket.deviceSerial();
        view.faultLevel = ticket.faultLevel() == null ? null : ticket.faultLevel().name();
        view.contactName = ticket.contact().name();
        view.contactPhone = ticket.contact().phone();
        view.updatedAt = ticket.createdAt();
        if (!known) {
            view.persist();
        }
    }

    public void changed(TicketStatusChanged change) {
        find(change.ticketId()).ifPresent(view -> {
            view.status = change.toStatus();
            view.assignedEngineer = change.assignedEngineer();
            view.updatedAt = change.changedAt();
        });
    }

    public Optional<TicketView> find(UUID ticketId) {
        return TicketView.findByIdOptional(ticketId);
    }
}
