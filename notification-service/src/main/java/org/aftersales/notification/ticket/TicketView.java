package org.aftersales.notification.ticket;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What notification-service keeps of a ticket from ticket-service's events: whom to tell about it. */
@Entity
@Table(name = "ticket_view")
public class TicketView extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;

    @Column(name = "device_serial", nullable = false)
    public String deviceSerial;

    /** 故障等级, e.g. {@code CRITICAL} (一级); null for a consultation. */
    @Column(name = "fault_level")
    public String faultLevel;

    /** The person to call back (报修联系人). */
    @Column(name = "contact_name", nullable = false)
    public String contactName;

    @Column(name = "contact_phone", nullable = false)
    public String contactPhone;

    /** The engineer it is assigned to, while it is. */
    @Column(name = "assigned_engineer")
    public String assignedEngineer;

    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
