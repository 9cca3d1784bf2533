package org.aftersales.parts.contract;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.aftersales.commitment.LoanerTerm;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.parts.PartsConfig;
import org.aftersales.platform.installedbase.InstalledBase;
import org.aftersales.platform.installedbase.KnownContract;

/**
 * What the contract in force says for a device of a customer organisation, and parts-service's defaults where no
 * contract says (ADR 0036): the contract that names the device, else the organisation's (as a spare request's deadline
 * takes it); its loaner term (seed 002: a repair longer than 2 days) and its minimum local stock share (seed 002: 3 %).
 */
@ApplicationScoped
public class Contracts {

    private final InstalledBase installedBase;
    private final PartsConfig config;

    Contracts(InstalledBase installedBase, PartsConfig config) {
        this.installedBase = installedBase;
        this.config = config;
    }

    /** A contract in force and its terms. */
    public record InForce(KnownContract contract, ContractActivated terms) {
    }

    /** The contract in force at {@code at} for the device (null: unknown) of the organisation (null: unknown). */
    public Optional<InForce> inForce(String serialNumber, String customerOrganisation, Instant at) {
        if (customerOrganisation == null) {
            return Optional.empty();
        }
        return installedBase.contractInForce(serialNumber, customerOrganisation, at)
                .or(() -> installedBase.contractInForce(customerOrganisation, at))
                .map(contract -> new InForce(contract, installedBase.terms(contract)));
    }

    /** The contract's loaner term, else {@code aftersales.parts.loaner-repair-longer-than} (seed 002: P2D). */
    public LoanerTerm loanerTerm(Optional<InForce> contract) {
        return contract.map(InForce::terms).map(ContractActivated::loaner).map(LoanerTerm::of)
                .orElseGet(() -> new LoanerTerm(config.loanerRepairLongerThan(), false));
    }

    /**
     * The share of the installed quantity the device's contract wants in local stock ({@code
     * spares.minimumLocalStockPercent}), else {@code aftersales.parts.minimum-local-stock-percent} (seed 002: 3).
     */
    public BigDecimal minimumLocalStockPercent(String serialNumber, String customerOrganisation, Instant at) {
        return inForce(serialNumber, customerOrganisation, at).map(InForce::terms).map(ContractActivated::spares)
                .map(ContractActivated.SpareTerms::minimumLocalStockPercent)
                .orElse(config.minimumLocalStockPercent());
    }
}
