package org.aftersales.warranty.claim;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import org.aftersales.warranty.installedbase.Device;

/** Until contracts supply their policies: no device has one, so 三包 decisions are statutory only. */
@DefaultBean
@ApplicationScoped
public class NoContractPolicies implements ContractPolicies {

    @Override
    public Optional<ContractPolicy> covering(Device device, Instant at) {
        return Optional.empty();
    }
}
