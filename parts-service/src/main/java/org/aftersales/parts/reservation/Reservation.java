package org.aftersales.parts.reservation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** 备件预留: stock of a part at a location set aside for a ticket. */
@Entity
@Table(name = "reservation")
public class Reservation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    /** The ticket's customer organisation, when parts-service knew the ticket at the time. */
    @Column(name = "customer_organisation", updatable = false)
    public String customerOrganisation;

    @Column(name = "part_number", nullable = false, updatable = false)
    public String partNumber;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    public UUID warehouseId;

    @Column(nullable = false, updatable = false)
    public int quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Purpose purpose;

    /** Why a replacement or supplementary part is needed (seed 001). */
    @Column(updatable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReservationStatus status;

    @Column(name = "needed_by", updatable = false)
    public Instant neededBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    @Column(name = "reserved_by", nullable = false, updatable = false)
    public String reservedBy;

    @Column(name = "reserved_at", nullable = false, updatable = false)
    public Instant reservedAt;

    /** The manager who approved or refused it. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The manager's words: a refusal keeps its reason here. */
    @Column(name = "decision_note")
    public String decisionNote;

    /** The engineer or site it was issued to. */
    @Column(name = "issued_to")
    public String issuedTo;

    /** The issued unit, for a serial-tracked part. */
    @Column(name = "serial_number")
    public String serialNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "released_reason")
    public ReleaseReason releasedReason;

    /** Who took the last action (issue, consumption, return, release) and when. */
    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    public long version;
}
