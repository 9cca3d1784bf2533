package org.aftersales.warranty.commitment;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 巡检: planned preventive visits.
 *
 * @param cadence           the schedules; several may run at once when they are different inspections (002: monthly,
 *                          quarterly and half-yearly), but one inspection (same name) has at most one schedule at a time
 * @param report            the inspection report is due within this limit after the visit (000: 3 working days)
 * @param beforeMajorEvents an extra inspection before the customer's major events (003: 重大活动提前巡检)
 */
public record Inspection(List<Cadence> cadence, Optional<TimeLimit> report, boolean beforeMajorEvents) {

    /**
     * One schedule, active from {@code from} after the warranty start until {@code until} (open when absent).
     * Either every {@code every} months counted from its own start, or in fixed calendar {@code months} on {@code day}.
     *
     * @param name  which inspection, e.g. {@code monthly}, {@code quarterly}, {@code routine}
     * @param every months between visits: 1 (002 monthly), 3 then 6 (001)
     * @param months calendar months, 1–12: 3, 6, 9, 12 (002 quarterly), 1, 7 (002 half-yearly)
     * @param day   the day of those months, 1–28; 15 is 中旬 (mid-month)
     * @param from  when the schedule starts, after the warranty start (001: every 6 months from year 2 = {@code P1Y})
     * @param until when it ends, after the warranty start (001: every 3 months in year 1 = {@code P1Y})
     */
    public record Cadence(String name, Optional<Integer> every, List<Integer> months, int day, Period from, Optional<Period> until) {

        /** 中旬: the day quarterly and half-yearly inspections fall on unless a document says otherwise. */
        public static final int MID_MONTH = 15;

        /** The visits of this schedule between {@code first} and {@code last} (both included). */
        Stream<Due> dueDates(LocalDate warrantyStart, LocalDate first, LocalDate last) {
            LocalDate begin = warrantyStart.plus(from);
            LocalDate end = until.map(warrantyStart::plus).orElse(LocalDate.MAX);
            Stream<LocalDate> visits = every
                    .map(months -> Stream.iterate(1, k -> k + 1)
                            .map(k -> begin.plusMonths((long) k * months))
                            .takeWhile(date -> !date.isAfter(end) && !date.isAfter(last)))
                    .orElseGet(() -> Stream.iterate(YearMonth.from(first), ym -> !ym.isAfter(YearMonth.from(last)), ym -> ym.plusMonths(1))
                            .filter(ym -> months.contains(ym.getMonthValue()))
                            .map(ym -> ym.atDay(day))
                            .filter(date -> date.isAfter(begin) && !date.isAfter(end)));
            return visits.filter(date -> !date.isBefore(first) && !date.isAfter(last)).map(date -> new Due(date, name));
        }
    }

    /** One planned visit. */
    public record Due(LocalDate date, String inspection) {
    }

    /**
     * The visits due between {@code first} and {@code last} (both included) for a warranty that started on
     * {@code warrantyStart}, in date order.
     */
    public List<Due> dueDates(LocalDate warrantyStart, LocalDate first, LocalDate last) {
        return cadence.stream()
                .flatMap(c -> c.dueDates(warrantyStart, first, last))
                .sorted(Comparator.comparing(Due::date).thenComparing(Due::inspection))
                .toList();
    }
}
