package org.aftersales.warranty.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One inspection (巡检) of a device with its record sheet, as ticket-service reported it. */
@Entity
@Table(name = "inspection_record")
public class InspectionRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    /** The inspected device in the ticket's organisation; null when that organisation owns no such serial. */
    @Column(name = "device_id", updatable = false)
    public UUID deviceId;

    /** The serial number the ticket named. */
    @Column(name = "device_serial", nullable = false, updatable = false)
    public String deviceSerial;

    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;

    @Column(name = "inspected_at", nullable = false, updatable = false)
    public Instant inspectedAt;

    @Column(updatable = false)
    public String grounding;

    @Column(updatable = false)
    public String dust;

    @Column(name = "operating_state", updatable = false)
    public String operatingState;

    @Column(name = "software_version", updatable = false)
    public String softwareVersion;

    @Column(updatable = false)
    public String findings;

    @Column(name = "inspected_by", updatable = false)
    public String inspectedBy;
}
