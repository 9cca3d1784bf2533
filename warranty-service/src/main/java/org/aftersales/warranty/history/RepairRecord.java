package org.aftersales.warranty.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.RepairVisit;

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

    /**
     * The device the repair belongs to: the event's {@code deviceId}, or the device of that serial in the ticket's
     * organisation; null when the ticket's organisation owns no such device (history is read by device only).
     */
    @Column(name = "device_id", updatable = false)
    public UUID deviceId;

    /** The serial number the ticket named. */
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

    /** The fault stopped the customer's work (停机); false when the ticket did not say. */
    @Column(name = "stopped_work", nullable = false, updatable = false)
    public boolean stoppedWork;

    /** How long the repair waited for parts within its span, ISO-8601; null when it did not. */
    @Column(name = "parts_waiting", updatable = false)
    public String partsWaiting;

    /** Why the repair took longer than promised, as the ticket named it; null when it did not. */
    @Enumerated(EnumType.STRING)
    @Column(name = "delay_cause", updatable = false)
    public RepairVisit.Delay delay;

    /**
     * The repair as the 三包 counts see it. The parts waiting lies within the repair's span, so it adds no days of
     * its own; the delay cause is the one the rules name.
     */
    public RepairVisit visit() {
        return new RepairVisit(component == null ? Claim.WHOLE_UNIT : component, repairStartedAt,
                Optional.of(repairEndedAt), faultCode, faultGone, stoppedWork, 0,
                delay == null ? RepairVisit.Delay.NONE : delay, Duration.ZERO);
    }

    /** The device's repairs, oldest first. */
    public static List<RepairRecord> ofDevice(UUID deviceId) {
        return list("deviceId = ?1 order by repairStartedAt", deviceId);
    }

    /** The ticket's delay cause in the engine's words: PARTS, CUSTOMER, MANUFACTURER, SERVICE. */
    public static RepairVisit.Delay delay(String delayCause) {
        if (delayCause == null) {
            return RepairVisit.Delay.NONE;
        }
        return switch (delayCause) {
            case "PARTS" -> RepairVisit.Delay.PARTS_NOT_SUPPLIED;
            case "CUSTOMER" -> RepairVisit.Delay.CUSTOMER;
            case "MANUFACTURER" -> RepairVisit.Delay.MANUFACTURER;
            case "SERVICE" -> RepairVisit.Delay.REPAIRER;
            default -> RepairVisit.Delay.NONE;
        };
    }
}
