package org.aftersales.parts.contract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What parts-service knows of a contract from warranty-service's events: whom it binds, the devices it covers and its
 * spare-part promise (备品备件到场, {@code spares.delivery}), read when a spare request starts its deadline.
 */
@Entity
@Table(name = "contract_copy")
public class ContractCopy extends PanacheEntityBase {

    @Id
    @Column(name = "contract_id")
    public UUID contractId;

    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;

    /** The promise as the kit writes it ({@code PT4H}, {@code 2 working days}); null when the contract makes none. */
    @Column(name = "spare_delivery")
    public String spareDelivery;

    @Column(name = "warning_percent")
    public Integer warningPercent;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "last_day_in_force")
    public LocalDate lastDayInForce;

    @Column(name = "activated_at", nullable = false)
    public Instant activatedAt;

    @ElementCollection
    @CollectionTable(name = "contract_copy_device", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "device_serial")
    public Set<String> deviceSerials = new HashSet<>();

    /** Whether it is in force on {@code day}: started, not ended and not terminated before. */
    public boolean inForceOn(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn))
                && (lastDayInForce == null || !day.isAfter(lastDayInForce));
    }
}
