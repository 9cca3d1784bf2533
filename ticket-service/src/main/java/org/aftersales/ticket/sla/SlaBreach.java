package org.aftersales.ticket.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * 超时记录: a promise a ticket's clock broke, stored as a fact with the commitment, the promised time, the
 * actual time (when the target was finally met; null until then) and the consequence the contract names. It is never
 * deleted: a reclassification that takes away the target it was measured against marks it withdrawn (who, when, why).
 */
@Entity
@Table(name = "sla_breach")
public class SlaBreach extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Column(name = "clock_id", nullable = false)
    public UUID clockId;

    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;

    @Column(name = "contract_id")
    public UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SlaClock.Target target;

    /** The promise broken, e.g. {@code HT-2026-0042 · seed-001-plant-equipment v1 · level A · ON_SITE PT30M}. */
    @Column(nullable = false)
    public String commitment;

    @Column(name = "promised_at", nullable = false)
    public Instant promisedAt;

    @Column(name = "actual_at")
    public Instant actualAt;

    @Column(name = "breached_at", nullable = false)
    public Instant breachedAt;

    public String consequence;

    /** When a reclassification withdrew it; null while it stands. */
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
}
