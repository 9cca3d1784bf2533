package org.aftersales.complaint.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.function.Predicate;
import org.aftersales.events.contract.ContractActivated.TimeTarget;

/**
 * A deadline's target: elapsed time ({@code PT4H}) or whole working days, exactly one of them.
 *
 * @param elapsed the elapsed time, or null
 * @param workingDays the working days, or null
 */
public record Target(Duration elapsed, Integer workingDays) {

    public Target {
        if ((elapsed == null) == (workingDays == null)) {
            throw new IllegalArgumentException("a target is elapsed time or working days, exactly one of them");
        }
    }

    public static Target of(Duration elapsed) {
        return new Target(Objects.requireNonNull(elapsed, "elapsed"), null);
    }

    /** The contract's target, or {@code fallback} when the contract sets none. */
    public static Target of(TimeTarget contract, Target fallback) {
        if (contract == null || (contract.elapsed() == null && contract.workingDays() == null)) {
            return fallback;
        }
        return contract.elapsed() != null ? of(Duration.parse(contract.elapsed()))
                : new Target(null, contract.workingDays());
    }

    /**
     * When a deadline started at {@code start} is due: after the elapsed time, or at the same time of day on the
     * {@code workingDays}th working day after the start's day.
     */
    public Instant dueFrom(Instant start, ZoneId zone, Predicate<LocalDate> isWorkingDay) {
        if (elapsed != null) {
            return start.plus(elapsed);
        }
        ZonedDateTime at = start.atZone(zone);
        int left = workingDays;
        while (left > 0) {
            at = at.plusDays(1);
            if (isWorkingDay.test(at.toLocalDate())) {
                left--;
            }
        }
        return at.toInstant();
    }
}
