package org.aftersales.warranty.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A customer organisation in the customer archive (客户档案): who it is and whom to call there. */
@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The organisation path (ADR 0005), e.g. {@code dealer-a/customer-a}: the record's tenant; unique. */
    @Column(nullable = false, unique = true, updatable = false)
    public String organisation;

    /** 客户名称, e.g. 北京某某医院. */
    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    /** The {@link Contact}s as a JSON array. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String contacts;

    /** 重点客户: return visits at least yearly (seed 001). */
    @Column(name = "key_customer", nullable = false)
    public boolean keyCustomer;

    public String notes;

    @Column(name = "registered_by", nullable = false, updatable = false)
    public String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
