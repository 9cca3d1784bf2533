package org.aftersales.parts.contract;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The contracts parts-service knows of, as the rules that need a contract's terms read them. */
@ApplicationScoped
public class Contracts {

    /**
     * The contract in force on {@code day} that binds {@code customerOrganisation}: one covering {@code deviceSerial}
     * first, else one covering no device in particular; the latest activated among equals.
     */
    public Optional<ContractCopy> inForce(String customerOrganisation, String deviceSerial, LocalDate day) {
        List<ContractCopy> binding = ContractCopy.<ContractCopy>list("customerOrganisation", customerOrganisation)
                .stream().filter(contract -> contract.inForceOn(day)).toList();
        Comparator<ContractCopy> latest = Comparator.comparing(contract -> contract.activatedAt);
        Optional<ContractCopy> forDevice = binding.stream()
                .filter(contract -> deviceSerial != null && contract.deviceSerials.contains(deviceSerial))
                .max(latest);
        return forDevice.or(() -> binding.stream().filter(contract -> contract.deviceSerials.isEmpty()).max(latest));
    }
}
