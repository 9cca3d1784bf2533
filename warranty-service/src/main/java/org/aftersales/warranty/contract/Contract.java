package org.aftersales.warranty.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** 合同: binds a customer organisation's devices to a published version of a service commitment. */
@Entity
@Table(name = "contract")
public class Contract extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The contract's number as the parties write it; unique. */
    @Column(nullable = false, unique = true)
    public String number;

    /** The customer organisation it binds: its tenant. */
    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;

    @Column(name = "commitment_id", nullable = false)
    public String commitmentId;

    @Column(name = "commitment_version", nullable = false)
    public int commitmentVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contract_device", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "device_id", nullable = false)
    public Set<UUID> deviceIds = new LinkedHashSet<>();

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContractStatus status;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "activated_at")
    public Instant activatedAt;

    /** After a termination: the last day it applies; null while not terminated. */
    @Column(name = "last_day_in_force")
    public LocalDate lastDayInForce;

    @Column(name = "termination_reason")
    public String terminationReason;

    @Column(name = "terminated_by")
    public String terminatedBy;

    @Column(name = "terminated_at")
    public Instant terminatedAt;

    @Version
    public long version;
}
