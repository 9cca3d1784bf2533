package org.aftersales.warranty.claim;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.aftersales.warranty.commitment.CommitmentCatalogue;
import org.aftersales.warranty.contract.Contract;
import org.aftersales.warranty.contract.ContractDesk;
import org.aftersales.warranty.installedbase.Device;

/**
 * The policy of the contract in force for a device on the claim's day (China time), from its commitment and the
 * device's own component periods.
 */
@ApplicationScoped
public class ContractedPolicies implements ContractPolicies {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CommitmentCatalogue commitments;

    ContractedPolicies(CommitmentCatalogue commitments) {
        this.commitments = commitments;
    }

    @Override
    public Optional<ContractPolicy> covering(Device device, Instant at) {
        Contract contract = ContractDesk.inForce(device.id, at.atZone(CHINA).toLocalDate());
        if (contract == null) {
            return Optional.empty();
        }
        return Optional.of(new ContractPolicy(contract.id.toString(), CommitmentPolicy.of(contract.id.toString(),
                contract.number, commitments.publishedTerms(contract.commitmentId, contract.commitmentVersion),
                device.ownPeriods())));
    }
}
