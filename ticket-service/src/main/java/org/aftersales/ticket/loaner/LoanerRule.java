package org.aftersales.ticket.loaner;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.aftersales.events.contract.ContractActivated.LoanerTerm;

/**
 * When a contract's loaner term (备机) owes a backup unit for a ticket: the repair is not done {@code repairLongerThan}
 * after the report and, where the term says so, the device went back to the factory (seed 003: 24 h and back to the
 * factory; seed 002: a repair longer than 2 days). Plain Java.
 */
record LoanerRule(Duration repairLongerThan, boolean onlyWhenReturnedToFactory) {

    static LoanerRule of(LoanerTerm term) {
        return new LoanerRule(Duration.parse(term.repairLongerThan()), term.onlyWhenReturnedToFactory());
    }

    /** From when a unit is owed if the repair is not done by then. */
    Instant dueFrom(Instant reportedAt) {
        return reportedAt.plus(repairLongerThan);
    }

    /** Why a unit is owed at {@code now}, or empty when it is not (yet). */
    Optional<String> owed(Instant reportedAt, boolean repaired, boolean returnedToFactory, Instant now) {
        if (repaired || now.isBefore(dueFrom(reportedAt)) || (onlyWhenReturnedToFactory && !returnedToFactory)) {
            return Optional.empty();
        }
        return Optional.of("not resolved within " + repairLongerThan
                + (onlyWhenReturnedToFactory ? " and returned to the factory" : ""));
    }
}
