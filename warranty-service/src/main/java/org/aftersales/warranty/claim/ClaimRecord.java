package org.aftersales.warranty.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.warranty.sanbao.Remedy;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A decided 三包 claim as stored: the columns to find it by, and the whole {@link ClaimView} as JSON. */
@Entity
@Table(name = "sanbao_claim")
public class ClaimRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "device_id", nullable = false, updatable = false)
    public UUID deviceId;

    /** The device's customer organisation: the claim's tenant. */
    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;

    @Column(nullable = false, updatable = false)
    public String product;

    @Column(nullable = false, updatable = false)
    public String component;

    @Column(name = "fault_code", nullable = false, updatable = false)
    public String faultCode;

    @Column(name = "claimed_at", nullable = false, updatable = false)
    public Instant claimedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Remedy remedy;

    @Column(name = "policy_id", nullable = false, updatable = false)
    public String policyId;

    @Column(name = "rule_id", nullable = false, updatable = false)
    public String ruleId;

    /** The {@link ClaimView} as answered. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String document;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
