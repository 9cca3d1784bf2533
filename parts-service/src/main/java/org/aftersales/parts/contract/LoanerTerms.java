package org.aftersales.parts.contract;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * 备机: when a backup unit is lent at the vendor's cost, as a contract's loaner term says (ADR 0036): the repair of
 * the customer's own device is expected to take longer than {@code repairLongerThan} (seed 002: 2 days; seed 003: 24
 * hours) and, when {@code onlyWhenReturnedToFactory} (seed 003), the device must go back to the factory. Plain Java.
 *
 * @param repairLongerThan the repair must be expected to take longer than this
 * @param onlyWhenReturnedToFactory only when the device goes back to the factory
 */
public record LoanerTerms(Duration repairLongerThan, boolean onlyWhenReturnedToFactory) {

    public LoanerTerms {
        Objects.requireNonNull(repairLongerThan, "repairLongerThan");
    }

    /** Why these terms do not lend a unit for a repair expected to take {@code expectedRepair}; empty: they do. */
    public Optional<String> refusal(Duration expectedRepair, boolean returnedToFactory) {
        if (expectedRepair.compareTo(repairLongerThan) <= 0) {
            return Optional.of("the repair is expected to take " + expectedRepair + ", not longer than "
                    + repairLongerThan);
        }
        if (onlyWhenReturnedToFactory && !returnedToFactory) {
            return Optional.of("the device does not go back to the factory");
        }
        return Optional.empty();
    }

    /** What these terms say, for a refusal: {@code a repair longer than P2D and back to the factory}. */
    public String describe() {
        return "a repair longer than " + repairLongerThan + (onlyWhenReturnedToFactory ? " and back to the factory"
                : "");
    }
}
