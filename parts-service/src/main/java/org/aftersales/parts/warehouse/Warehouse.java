package org.aftersales.parts.warehouse;

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

/** 仓库: a location that holds stock. */
@Entity
@Table(name = "warehouse")
public class Warehouse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public WarehouseKind kind;

    /** The organisation that runs it: null for the vendor's own; a partner's warehouses are the partner's. */
    @Column(updatable = false)
    public String organisation;

    @Column(nullable = false)
    public String region;

    @Column(nullable = false)
    public String address;

    /** The engineer whose van it is; only for a VAN. */
    @Column(updatable = false)
    public String engineer;

    /** Frozen for an open stock count (盘点): the ledger refuses every movement here. */
    @Column(nullable = false)
    public boolean counting;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
