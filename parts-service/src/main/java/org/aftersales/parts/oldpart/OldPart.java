package org.aftersales.parts.oldpart;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 旧件: the faulty part taken out on a repair, on its way back, tested, and disposed of. */
@Entity
@Table(name = "old_part")
public class OldPart extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    @Column(name = "customer_organisation", updatable = false)
    public String customerOrganisation;

    @Column(name = "device_serial", updatable = false)
    public String deviceSerial;

    @Column(name = "device_id", updatable = false)
    public UUID deviceId;

    @Column(name = "part_number", nullable = false, updatable = false)
    public String partNumber;

    @Column(name = "serial_number", updatable = false)
    public String serialNumber;

    /** The reservation whose consumption put the new part in, when one did. */
    @Column(name = "reservation_id", updatable = false)
    public UUID reservationId;

    /** The engineer who took it out and owes its return. */
    @Column(nullable = false, updatable = false)
    public String engineer;

    /** The partner whose warehouse issued the new part, when a partner's did. */
    @Column(name = "partner_organisation", updatable = false)
    public String partnerOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OldPartStatus status;

    @Column(name = "expected_by", nullable = false, updatable = false)
    public Instant expectedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "warehouse_id")
    public UUID warehouseId;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public OldPartTransition.Verdict verdict;

    @Enumerated(EnumType.STRING)
    public OldPartTransition.Cause cause;

    @Column(name = "test_reason")
    public String testReason;

    @Column(name = "tested_by")
    public String testedBy;

    @Column(name = "tested_at")
    public Instant testedAt;

    @Column(name = "rma_number")
    public String rmaNumber;

    @Column(name = "rma_shipment")
    public String rmaShipment;

    @Enumerated(EnumType.STRING)
    @Column(name = "rma_outcome")
    public OldPartTransition.RmaOutcome rmaOutcome;

    public String note;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;

    /** An old part as the API shows it. */
    public record View(UUID id, UUID ticketId, String customerOrganisation, String deviceSerial, String partNumber,
            String serialNumber, UUID reservationId, String engineer, String partnerOrganisation, OldPartStatus status,
            Instant expectedBy, boolean overdue, UUID warehouseId, String receivedBy, Instant receivedAt,
            OldPartTransition.Verdict verdict, OldPartTransition.Cause cause, String testReason, String testedBy,
            Instant testedAt, String rmaNumber, String rmaShipment, OldPartTransition.RmaOutcome rmaOutcome,
            String note, String closedBy, Instant closedAt) {
    }

    View view(Instant now) {
        return new View(id, ticketId, customerOrganisation, deviceSerial, partNumber, serialNumber, reservationId,
                engineer, partnerOrganisation, status, expectedBy, status == OldPartStatus.EXPECTED
                && expectedBy.isBefore(now), warehouseId, receivedBy, receivedAt, verdict, cause, testReason,
                testedBy, testedAt, rmaNumber, rmaShipment, rmaOutcome, note, closedBy, closedAt);
    }

    /** One page of old parts. */
    public record Page(List<View> items, int page, int size, long total) {
    }
}
