package org.aftersales.parts.catalogue;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** 备件: a part of the catalogue, by its part number. */
@Entity
@Table(name = "part")
public class Part extends PanacheEntityBase {

    @Id
    @Column(name = "part_number")
    public String partNumber;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartCategory category;

    @Column(nullable = false)
    public String unit;

    @Column(name = "unit_cost")
    public BigDecimal unitCost;

    @Column(name = "contract_price")
    public BigDecimal contractPrice;

    /** Each unit has its own serial number (backup units, host equipment, major modules). */
    @Column(name = "serial_tracked", nullable = false)
    public boolean serialTracked;

    /** The newer part number that replaces this one; null while it is current. */
    @Column(name = "superseded_by")
    public String supersededBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "part_model", joinColumns = @JoinColumn(name = "part_number"))
    @Column(name = "model")
    public List<String> fitsModels = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
