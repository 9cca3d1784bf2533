package org.aftersales.warranty.claim;

import java.time.Instant;
import java.util.Optional;
import org.aftersales.warranty.installedbase.Device;
import org.aftersales.warranty.sanbao.Policy;

/**
 * The seam where contracts join 三包 decisions: the policy built from the service commitment of the contract that
 * covers a device at a time, if any. The engine layers it over the statutory policies (the more favourable outcome for
 * the customer wins). {@link ContractedPolicies} builds it from the contract in force and its commitment
 * ({@link CommitmentPolicy}); without one the decision is statutory only, which the
 * trace says.
 */
public interface ContractPolicies {

    /** The contract covering {@code device} at {@code at}, as an engine policy, or empty. */
    Optional<ContractPolicy> covering(Device device, Instant at);

    /** A contract and its commitment as a policy with {@code Applicability.contract(contractId)}. */
    record ContractPolicy(String contractId, Policy policy) {
    }
}
