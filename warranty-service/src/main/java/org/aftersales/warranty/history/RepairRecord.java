package org.aftersales.warranty.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One repair of a device, as ticket-service reported it when the ticket was resolved (维修记录). */
@Entity
@Table(name = "repair_record")
public class RepairRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The ticket event it came from. */
    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    /** The device's serial number: the link to the installed base, also for repairs reported before it was registered. */
    @Column(name = "device_serial", nullable = false, updatable = false)
    public String deviceSerial;

    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;

    /** The repaired component; null for the whole unit. */
    @Column(updatable = false)
    public String component;

    @Column(name = "fault_code", nullable = false, updatable = false)
    public String faultCode;

    @Column(name = "repair_started_at", nullable = false, updatable = false)
    public Instant repairStartedAt;

    @Column(name = "repair_ended_at", nullable = false, updatable = false)
    public Instant repairEndedAt;

    /** Part numbers used, comma-separated. */
    @Column(name = "parts_used", nullable = false, updatable = false)
    public String partsUsed;

    @Column(name = "fault_gone", nullable = false, updatable = false)
    public boolean faultGone;

    @Column(name = "resolved_by", updatable = false)
    public String resolvedBy;

    public RepairVisit visit() {
        return new RepairVisit(component, faultCode, repairStartedAt, repairEndedAt, faultGone);
    }
}
