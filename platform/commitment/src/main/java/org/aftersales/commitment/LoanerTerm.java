package org.aftersales.commitment;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.aftersales.events.contract.ContractActivated;

/**
 * 备机: a contract's loaner term, a backup unit at the vendor's cost when the repair takes longer than {@code
 * repairLongerThan} and, when {@code onlyWhenReturnedToFactory}, only when the device goes back to the factory (seed
 * 002: a repair longer than 2 days; seed 003: not fixed within 24 hours and back to the factory). One type for
 * warranty-service, which reads it from the commitment and publishes it in {@code contract.activated.v1}, and for the
 * two moments that apply it (ADR 0036): ticket-service owes a unit once the time elapsed since the report passes the
 * term ({@link #owed}), parts-service lends one by hand for the repair's expected duration ({@link #refusal}). Plain
 * Java.
 *
 * @param repairLongerThan the repair takes longer than this
 * @param onlyWhenReturnedToFactory only when the device goes back to the factory (seed 003: 需返回厂家修理)
 */
public record LoanerTerm(Duration repairLongerThan, boolean onlyWhenReturnedToFactory) {

    public LoanerTerm {
        Objects.requireNonNull(repairLongerThan, "repairLongerThan");
    }

    /** The term as {@code contract.activated.v1} carries it ({@code repairLongerThan} ISO-8601, e.g. {@code P2D}). */
    public static LoanerTerm of(ContractActivated.LoanerTerm published) {
        return new LoanerTerm(Duration.parse(published.repairLongerThan()), published.onlyWhenReturnedToFactory());
    }

    /** The term as {@code contract.activated.v1} carries it: {@code repairLongerThan} as {@code PT48H}. */
    public ContractActivated.LoanerTerm toEvent() {
        return new ContractActivated.LoanerTerm(repairLongerThan.toString(), onlyWhenReturnedToFactory);
    }

    /** From when a unit is owed if the repair reported at {@code reportedAt} is not done by then. */
    public Instant dueFrom(Instant reportedAt) {
        return reportedAt.plus(repairLongerThan);
    }

    /**
     * Why a unit is owed at {@code now} for a repair reported at {@code reportedAt}, or empty when it is not (yet): not
     * {@code repaired} from {@link #dueFrom} on (that instant included) and, where the term says so, {@code
     * returnedToFactory}.
     */
    public Optional<String> owed(Instant reportedAt, boolean repaired, boolean returnedToFactory, Instant now) {
        if (repaired || now.isBefore(dueFrom(reportedAt)) || (onlyWhenReturnedToFactory && !returnedToFactory)) {
            return Optional.empty();
        }
        return Optional.of("not resolved within " + repairLongerThan
                + (onlyWhenReturnedToFactory ? " and returned to the factory" : ""));
    }

    /**
     * Why the term does not lend a unit for a repair expected to take {@code expectedRepair}; empty: it does. The
     * expected repair must be longer than the term (exactly the term is not longer).
     */
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

    /** What the term says, for a refusal: {@code a repair longer than PT48H and back to the factory}. */
    public String describe() {
        return "a repair longer than " + repairLongerThan + (onlyWhenReturnedToFactory ? " and back to the factory"
                : "");
    }
}
