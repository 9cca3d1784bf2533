package org.aftersales.warranty.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A site (现场/使用地点) of a customer: where its equipment stands. Its tenant is its customer's organisation. */
@Entity
@Table(name = "site")
public class Site extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    public Customer customer;

    /** e.g. 住院部 3F ICU; unique per customer. */
    @Column(nullable = false)
    public String name;

    public String address;

    /** The region the site lies in, for dispatch by region. */
    public String region;

    /** A {@link Contact} as JSON, or null. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String contact;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
