package org.aftersales.notification.returnvisit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods of a periodic return-visit term (定期回访, seed 001): a contract year split into {@code timesPerYear}
 * equal periods from the contract's first day, one visit owed in each, due by the period's last day. Equal periods are
 * whole months when the year divides into them (1, 2, 3, 4, 6, 12 times a year), else days of a 365-day year; every
 * contract year restarts on the anniversary of the first day. The last period is cut at the contract's last day.
 */
final class VisitPeriods {

    /** How far ahead an open-ended contract's periods are laid out. */
    static final int OPEN_ENDED_YEARS = 3;

    /** The {@code sequence}-th period (from 1) of a term, both days included. */
    record Period(int sequence, LocalDate startsOn, LocalDate endsOn) {
    }

    private VisitPeriods() {
    }

    /**
     * The periods from {@code startsOn} to {@code endsOn} (both included; when null, {@value #OPEN_ENDED_YEARS} contract
     * years).
     */
    static List<Period> of(LocalDate startsOn, LocalDate endsOn, int timesPerYear) {
        if (timesPerYear < 1 || timesPerYear > 52) {
            throw new IllegalArgumentException("timesPerYear must be 1 to 52, not " + timesPerYear);
        }
        LocalDate lastDay = endsOn != null ? endsOn : startsOn.plusYears(OPEN_ENDED_YEARS).minusDays(1);
        List<Period> periods = new ArrayList<>();
        for (int sequence = 1; !boundary(startsOn, timesPerYear, sequence - 1).isAfter(lastDay); sequence++) {
            LocalDate from = boundary(startsOn, timesPerYear, sequence - 1);
            LocalDate to = boundary(startsOn, timesPerYear, sequence).minusDays(1);
            periods.add(new Period(sequence, from, to.isAfter(lastDay) ? lastDay : to));
        }
        return periods;
    }

    /** The first day of the period after the first {@code done} periods. */
    private static LocalDate boundary(LocalDate startsOn, int timesPerYear, int done) {
        LocalDate year = startsOn.plusYears(done / timesPerYear);
        int within = done % timesPerYear;
        return 12 % timesPerYear == 0 ? year.plusMonths((long) within * (12 / timesPerYear))
                : year.plusDays(Math.round(within * 365.0 / timesPerYear));
    }
}
