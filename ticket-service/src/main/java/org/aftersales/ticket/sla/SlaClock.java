package org.aftersales.ticket.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.aftersales.calendar.ServiceCalendar;

/**
 * One SLA clock of a ticket (SLA 计时): a target of business time counted from {@code start} on the
 * contract's {@link ServiceCalendar}, standing still during {@code pauses} (e.g. waiting for the customer,
 * 等待客户), stopped when the target is met at {@code metAt} (null while open).
 *
 * <p>The deadline is the earliest instant at which the running business time (business time since start,
 * less the paused business time) reaches the target; a pause before the deadline moves it by the business
 * time it covers, a pause after it does not. A pause that has not ended ({@code to} null) is counted up to
 * the instant of the reading, so while paused the reading's deadline is the one that holds if the clock
 * resumed then.
 *
 * <p><b>Level change (故障等级变更).</b> When a ticket's fault level changes, each clock takes the new level's
 * target through {@link #withTarget}: it is recomputed from the <em>original</em> start, and the time already
 * paused stays paused. A clock already past its new deadline is breached at once.
 *
 * @param target which commitment the clock measures
 * @param start when the clock started (for a start outside service hours, business time begins at the next opening)
 * @param targetTime the business time allowed
 * @param calendar the business time of the contract
 * @param pauses when the clock stood or stands still, in any order, possibly overlapping
 * @param warningPercent the share of the target, in percent, from which a running clock warns (预警)
 * @param metAt when the target was met, null while it is not
 */
public record SlaClock(Target target, Instant start, Duration targetTime, ServiceCalendar calendar,
        List<Pause> pauses, int warningPercent, Instant metAt) {

    /** The commitments a ticket is measured against. */
    public enum Target {
        /** 响应: an engineer answers the report. */
        RESPONSE,
        /** 到场: an engineer is on site. */
        ON_SITE,
        /** 修复: the fault is resolved. */
        RESOLUTION,
        /** 维修报告: the repair report is delivered. */
        REPAIR_REPORT,
        /** 故障分析报告: the fault analysis report (cause, prevention) is delivered. */
        FAULT_ANALYSIS,
        /** 巡检报告: the inspection report is delivered after the visit (000: within 3 working days). */
        INSPECTION_REPORT
    }

    /** Where a clock stands at an instant. */
    public enum State {
        /** Counting, below the warning share. */
        RUNNING,
        /** Standing still in a pause, not past the deadline. */
        PAUSED,
        /** Counting, at or above the warning share of the target (预警). */
        WARNING,
        /** Past the deadline and not met (超时). */
        BREACHED,
        /** Met at or before the deadline (达标). */
        MET,
        /** Met after the deadline (超时完成). */
        MET_LATE,
        /** No longer counting: the ticket was cancelled before the target was met. Never read from a clock. */
        STOPPED
    }

    /** The clock stands still from {@code from} (inclusive) to {@code to} (exclusive, null while still paused). */
    public record Pause(Instant from, Instant to) {

        public Pause {
            Objects.requireNonNull(from, "from");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("a pause cannot end before it starts: " + from + " – " + to);
            }
        }
    }

    /**
     * A clock read at an instant.
     *
     * @param deadline when the target is due (if paused now: were the clock resumed now)
     * @param warningAt when the running time reaches the warning share
     * @param elapsed the running business time so far (up to {@code metAt} once met)
     * @param paused the paused business time so far
     * @param remaining the target less the elapsed time; negative once over
     * @param guessed whether the deadline rests on a year whose holidays are not announced yet
     */
    public record Reading(State state, Instant deadline, Instant warningAt, Duration elapsed, Duration paused,
            Duration remaining, boolean guessed) {
    }

    public SlaClock {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(calendar, "calendar");
        if (targetTime.isNegative()) {
            throw new IllegalArgumentException("the target must not be negative: " + targetTime);
        }
        if (warningPercent < 1 || warningPercent > 100) {
            throw new IllegalArgumentException("the warning share must be 1 to 100 percent: " + warningPercent);
        }
        pauses = List.copyOf(pauses);
    }

    /** The same clock with the target of a new fault level: same start, same pauses, same met instant. */
    public SlaClock withTarget(Duration newTarget) {
        return new SlaClock(target, start, newTarget, calendar, pauses, warningPercent, metAt);
    }

    public Reading at(Instant now) {
        Instant end = metAt != null && metAt.isBefore(now) ? metAt : now;
        List<Pause> standing = standing(end);
        Instant deadline = reach(targetTime, standing);
        Instant warningAt = reach(targetTime.multipliedBy(warningPercent).dividedBy(100), standing);
        Duration paused = Duration.ZERO;
        for (Pause pause : standing) {
            if (pause.from().isBefore(end)) {
                paused = paused.plus(calendar.elapsed(pause.from(), pause.to().isBefore(end) ? pause.to() : end));
            }
        }
        Duration elapsed = calendar.elapsed(start, end).minus(paused);
        State state;
        if (metAt != null && !metAt.isAfter(now)) {
            state = metAt.isAfter(deadline) ? State.MET_LATE : State.MET;
        } else if (now.isAfter(deadline)) {
            state = State.BREACHED;
        } else if (pauses.stream().anyMatch(pause -> covers(pause, now))) {
            state = State.PAUSED;
        } else if (now.isAfter(start) && !now.isBefore(warningAt)) {
            state = State.WARNING;
        } else {
            state = State.RUNNING;
        }
        return new Reading(state, deadline, warningAt, elapsed, paused, targetTime.minus(elapsed),
                calendar.guessed(start, deadline));
    }

    private static boolean covers(Pause pause, Instant now) {
        return !now.isBefore(pause.from()) && (pause.to() == null || now.isBefore(pause.to()));
    }

    /** The pauses from the start on, merged and in order, an open one ending at {@code end}. */
    private List<Pause> standing(Instant end) {
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::from));
        List<Pause> merged = new ArrayList<>();
        for (Pause pause : sorted) {
            Instant from = pause.from().isBefore(start) ? start : pause.from();
            Instant to = pause.to() != null ? pause.to() : (end.isAfter(from) ? end : from);
            if (!to.isAfter(from)) {
                continue;
            }
            if (!merged.isEmpty() && !merged.getLast().to().isBefore(from)) {
                Pause last = merged.removeLast();
                merged.add(new Pause(last.from(), to.isAfter(last.to()) ? to : last.to()));
            } else {
                merged.add(new Pause(from, to));
            }
        }
        return merged;
    }

    /** The earliest instant at which the running business time reaches {@code amount}. */
    private Instant reach(Duration amount, List<Pause> standing) {
        Instant cursor = start;
        Duration left = amount;
        for (Pause pause : standing) {
            Duration before = calendar.elapsed(cursor, pause.from());
            if (left.compareTo(before) <= 0) {
                break;
            }
            left = left.minus(before);
            cursor = pause.to();
        }
        return calendar.deadline(cursor, left);
    }
}
