package org.aftersales.platform.installedbase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A service's own copy of a contract: its terms as published in {@code aftersales.contract.activated.v1} (kept whole,
 * as JSON, read by {@link InstalledBase#terms}), and when it applies ({@link #period()}). Each service creates the
 * tables {@code known_contract} and {@code known_contract_device} in its own migration.
 */
@Entity
@Table(name = "known_contract")
public class KnownContract extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Column(name = "contract_number")
    public String contractNumber;

    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** The contract's zone (its calendar's), in which its days begin and end. */
    @Column(nullable = false)
    public String zone = "Asia/Shanghai";

    /** The last day in force after a termination (合同终止); null while not terminated. */
    @Column(name = "last_day_in_force")
    public LocalDate lastDayInForce;

    @Column(name = "termination_reason")
    public String terminationReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "known_contract_device", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "serial_number", nullable = false)
    public Set<String> deviceSerials = new HashSet<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String terms;

    /** When it applies: its term, cut short by a termination. */
    public ContractPeriod period() {
        return new ContractPeriod(startsOn, endsOn, lastDayInForce, ZoneId.of(zone));
    }
}
