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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    public record View(
            @Schema(description = "The old part's id", required = true) UUID id,
            @Schema(description = "The ticket whose repair removed it", required = true) UUID ticketId,
            @Schema(description = "The ticket's customer organisation; null when not known") String customerOrganisation,
            @Schema(description = "The serial number of the device it came out of; null when not known") String deviceSerial,
            @Schema(description = "The part") String partNumber,
            @Schema(description = "The old part's own serial number; null when not serial-tracked") String serialNumber,
            @Schema(description = "The reservation of the new part that replaced it; null when none", nullable = true) UUID reservationId,
            @Schema(description = "The engineer who must return it") String engineer,
            @Schema(description = "The service partner the engineer works for; null for the company's own engineers") String partnerOrganisation,
            @Schema(description = "Where the old part is in its return (旧件返还)", required = true) OldPartStatus status,
            @Schema(description = "When it must be back at a warehouse", required = true) Instant expectedBy,
            @Schema(description = "Whether it is still expected and past expectedBy") boolean overdue,
            @Schema(description = "The warehouse that received it; null until received", nullable = true) UUID warehouseId,
            @Schema(description = "Who received it; null until received") String receivedBy,
            @Schema(description = "When it was received; null until received", nullable = true) Instant receivedAt,
            @Schema(description = "What the test found; null until tested", nullable = true) OldPartTransition.Verdict verdict,
            @Schema(description = "The cause of the failure the test found; null when none", nullable = true) OldPartTransition.Cause cause,
            @Schema(description = "The tester's findings; null until tested") String testReason,
            @Schema(description = "Who tested it; null until tested") String testedBy,
            @Schema(description = "When it was tested; null until tested", nullable = true) Instant testedAt,
            @Schema(description = "The supplier's return authorisation (RMA) number; null unless returned to the supplier") String rmaNumber,
            @Schema(description = "The shipment it went to the supplier with; null unless returned to the supplier") String rmaShipment,
            @Schema(description = "What the supplier decided; null until known", nullable = true) OldPartTransition.RmaOutcome rmaOutcome,
            @Schema(description = "A note on its last step; null when none") String note,
            @Schema(description = "Who closed it; null while open") String closedBy,
            @Schema(description = "When it was closed; null while open", nullable = true) Instant closedAt) {
    }

    View view(Instant now) {
        return new View(id, ticketId, customerOrganisation, deviceSerial, partNumber, serialNumber, reservationId,
                engineer, partnerOrganisation, status, expectedBy, status == OldPartStatus.EXPECTED
                && expectedBy.isBefore(now), warehouseId, receivedBy, receivedAt, verdict, cause, testReason,
                testedBy, testedAt, rmaNumber, rmaShipment, rmaOutcome, note, closedBy, closedAt);
    }

    /** One page of old parts. */
    public record Page(
            @Schema(description = "The old parts of this page") List<View> items,
            @Schema(description = "The page's number, from 0") int page,
            @Schema(description = "The most old parts a page holds") int size,
            @Schema(description = "How many old parts match, on all pages") long total) {
    }
}
