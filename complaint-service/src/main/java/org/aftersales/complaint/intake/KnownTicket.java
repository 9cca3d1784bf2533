package org.aftersales.complaint.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A ticket of ticket-service, as its created event told it, and the complaint its rejection raised, if any. */
@Entity
@Table(name = "known_ticket")
public class KnownTicket extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;
    @Column(name = "device_serial", nullable = false)
    public String deviceSerial;
    @Column(nullable = false)
    public String description;
    @Column(name = "contact_name", nullable = false)
    public String contactName;
    @Column(name = "contact_phone", nullable = false)
    public String contactPhone;
    @Column(name = "raised_complaint_id")
    public UUID raisedComplaintId;
}
