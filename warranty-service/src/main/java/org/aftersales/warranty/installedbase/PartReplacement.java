package org.aftersales.warranty.installedbase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 一包: a main component of the device was replaced by a new part. Where the contract rewarrants replaced parts, the
 * component's periods run again from {@link #replacedOn}, in the entitlement and in claims alike.
 */
@Embeddable
public class PartReplacement {

    /** The replaced component's key, as claims name it (e.g. {@code key-components}). */
    @Column(nullable = false)
    public String component;

    @Column(name = "replaced_on", nullable = false)
    public LocalDate replacedOn;

    /** The ticket it was replaced in, when known. */
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    protected PartReplacement() {
    }

    PartReplacement(String component, LocalDate replacedOn, UUID ticketId, String recordedBy, Instant recordedAt) {
        this.component = component;
        this.replacedOn = replacedOn;
        this.ticketId = ticketId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
