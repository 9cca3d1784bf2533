package org.aftersales.ticket.inspection;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.events.contract.ContractActivated;

/**
 * 巡检周期: one inspection schedule of a contract, counted from a device's warranty start. Either every
 * {@code everyMonths} months after the schedule's start (001: every 3 months in year 1), or in the listed calendar
 * {@code months} on {@code day} (002: quarterly in mid Mar/Jun/Sep/Dec); a day past a month's end falls on its
 * last day. The schedule runs from {@code from} after the warranty start (exclusive: no visit on the start day
 * itself) until {@code until} after it (inclusive), open-ended without one — the same reading as warranty-service's.
 */
public record Cadence(String name, Optional<Integer> everyMonths, List<Integer> months, int day, Period from,
        Optional<Period> until) {

    public Cadence {
        Objects.requireNonNull(name, "name");
        months = List.copyOf(months);
        if (everyMonths.isPresent() == !months.isEmpty()) {
            throw new IllegalArgumentException("schedule " + name + " needs either everyMonths or months");
        }
        if (everyMonths.filter(n -> n < 1).isPresent()) {
            throw new IllegalArgumentException("schedule " + name + ": everyMonths must be at least 1");
        }
        if (months.stream().anyMatch(m -> m < 1 || m > 12) || (!months.isEmpty() && (day < 1 || day > 31))) {
            throw new IllegalArgumentException("schedule " + name + ": months must be 1–12 and day 1–31");
        }
    }

    /** The schedule as {@code aftersales.contract.activated.v1} carries it. */
    public static Cadence of(ContractActivated.InspectionSchedule schedule) {
        return new Cadence(schedule.name(), Optional.ofNullable(schedule.everyMonths()),
                schedule.months() == null ? List.of() : schedule.months(), schedule.day(),
                schedule.from() == null ? Period.ZERO : Period.parse(schedule.from()),
                Optional.ofNullable(schedule.until()).map(Period::parse));
    }

    /**
     * The visits from {@code first} to {@code last} (both included) for a warranty that started on
     * {@code warrantyStart}, in date order; lazy, so {@code last} may be {@link LocalDate#MAX} with a limit.
     */
    public Stream<LocalDate> dates(LocalDate warrantyStart, LocalDate first, LocalDate last) {
        LocalDate begin = warrantyStart.plus(from);
        LocalDate end = until.map(warrantyStart::plus).filter(last::isAfter).orElse(last);
        Stream<LocalDate> visits = everyMonths
                .map(every -> Stream.iterate(1L, k -> k + 1).map(k -> begin.plusMonths(k * every)))
                .orElseGet(() -> inListedMonths(begin, first, end));
        return visits.takeWhile(date -> !date.isAfter(end)).filter(date -> !date.isBefore(first));
    }

    private Stream<LocalDate> inListedMonths(LocalDate begin, LocalDate first, LocalDate end) {
        YearMonth start = YearMonth.from(first.isAfter(begin) ? first : begin);
        return Stream.iterate(start, month -> !month.isAfter(YearMonth.from(end)), month -> month.plusMonths(1))
                .filter(month -> months.contains(month.getMonthValue()))
                .map(month -> month.atDay(Math.min(day, month.lengthOfMonth())))
                .filter(begin::isBefore);
    }
}
