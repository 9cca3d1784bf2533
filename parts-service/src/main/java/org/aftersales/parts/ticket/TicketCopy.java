package org.aftersales.parts.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What parts-service knows of a ticket from ticket-service's events: its customer organisation (the tenant of what is
 * done for it), the engineer it is assigned to, and its status.
 */
@Entity
@Table(name = "ticket_copy")
public class TicketCopy extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;

    @Column(name = "device_serial")
    public String deviceSerial;

    /** The device in the installed base, once an event named it. */
    @Column(name = "device_id")
    public UUID deviceId;

    @Column(name = "assigned_engineer")
    public String assignedEngineer;

    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Whether the ticket is assigned to this engineer. */
    public static boolean assignedTo(UUID ticketId, String engineer) {
        TicketCopy ticket = findById(ticketId);
        return ticket != null && engineer.equals(ticket.assignedEngineer);
    }
}
