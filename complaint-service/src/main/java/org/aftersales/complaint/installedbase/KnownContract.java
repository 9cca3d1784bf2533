package org.aftersales.complaint.installedbase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A contract in force as complaint-service knows it from {@code contract.activated.v1}, with its terms whole. */
@Entity
@Table(name = "known_contract")
public class KnownContract extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(nullable = false)
    public boolean terminated;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String terms;

    @ElementCollection
    @CollectionTable(name = "known_contract_device", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "serial_number")
    public Set<String> deviceSerials = new HashSet<>();
}
