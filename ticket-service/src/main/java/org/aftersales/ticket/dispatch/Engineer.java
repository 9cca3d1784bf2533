package org.aftersales.ticket.dispatch;

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
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 工程师: a service engineer who can be sent to tickets, known by their Keycloak username. */
@Entity
@Table(name = "engineer")
public class Engineer extends PanacheEntityBase {

    @Id
    public String username;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EngineerLevel level;

    /** Device models and fault types the engineer handles. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "engineer_skill", joinColumns = @JoinColumn(name = "username"))
    @Column(name = "skill", nullable = false)
    public Set<String> skills = new HashSet<>();

    /** The region served, as a path ({@link Regions}). */
    @Column(nullable = false)
    public String region;

    /** The {@link DutyCalendar} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String duty;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
