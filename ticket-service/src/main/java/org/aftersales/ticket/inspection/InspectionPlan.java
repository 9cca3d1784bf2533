package org.aftersales.ticket.inspection;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aftersales.events.contract.ContractActivated;

/**
 * 巡检计划: a contract's inspection schedules within its term. For each device the plan is the dated visits of
 * every schedule counted from the device's warranty start, never before the contract's first day nor after its
 * last. Two schedules of the same name meeting on one day are one visit.
 */
public record InspectionPlan(List<Cadence> schedules, LocalDate startsOn, LocalDate endsOn) {

    private static final Comparator<Occurrence> IN_DATE_ORDER =
            Comparator.comparing(Occurrence::dueOn).thenComparing(Occurrence::scheduleName);

    public InspectionPlan {
        schedules = List.copyOf(schedules);
    }

    /** The plan of a contract as {@code aftersales.contract.activated.v1} published it. */
    public static InspectionPlan of(ContractActivated terms) {
        return new InspectionPlan(terms.inspections().stream().map(Cadence::of).toList(), terms.startsOn(),
                terms.endsOn());
    }

    /** The visits from {@code first} to {@code last} (both included), in date order. */
    public List<Occurrence> between(WarrantyStart start, LocalDate first, LocalDate last) {
        Objects.requireNonNull(last, "last");
        return occurrences(start, first, last, Long.MAX_VALUE);
    }

    /** The next {@code count} visits from {@code from} on (included), in date order. */
    public List<Occurrence> next(WarrantyStart start, LocalDate from, int count) {
        return occurrences(start, from, LocalDate.MAX, count);
    }

    private List<Occurrence> occurrences(WarrantyStart start, LocalDate first, LocalDate last, long limit) {
        LocalDate from = startsOn != null && startsOn.isAfter(first) ? startsOn : first;
        LocalDate to = endsOn != null && endsOn.isBefore(last) ? endsOn : last;
        if (from.isAfter(to)) {
            return List.of();
        }
        return schedules.stream()
                .flatMap(schedule -> schedule.dates(start.date(), from, to).limit(limit)
                        .map(date -> new Occurrence(schedule.name(), date)))
                .distinct()
                .sorted(IN_DATE_ORDER)
                .limit(limit)
                .toList();
    }

    /** Whether the contract plans any inspection at all. */
    public boolean isEmpty() {
        return schedules.isEmpty();
    }
}
