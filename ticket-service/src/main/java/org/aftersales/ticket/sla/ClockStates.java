package org.aftersales.ticket.sla;

/**
 * Where stored clocks stand, as JPQL conditions on a {@link TicketClock} named {@code c}, for lists and reports: they
 * rely on the stored {@code deadline} and {@code warningAt} being current (null while paused) and on the breach being
 * stored when its timer fires. A condition that needs the instant of the reading names it {@code :now}.
 */
public final class ClockStates {

    private static final String COUNTING = "c.metAt is null and c.stoppedAt is null";

    /** Counting and not breached: running, warning or paused. */
    public static final String OPEN =
            COUNTING + " and c.breachedAt is null and (c.deadline is null or c.deadline >= :now)";

    private ClockStates() {
    }

    /** The condition of a clock in this state. */
    public static String condition(SlaClock.State state) {
        return switch (state) {
            case RUNNING -> COUNTING + " and c.deadline >= :now and c.warningAt > :now";
            case WARNING -> COUNTING + " and c.deadline >= :now and c.warningAt <= :now";
            case PAUSED -> COUNTING + " and c.deadline is null and c.breachedAt is null";
            case BREACHED -> COUNTING + " and (c.deadline < :now or c.breachedAt is not null)";
            case MET -> "c.metAt <= c.deadline";
            case MET_LATE -> "c.metAt > c.deadline";
            case STOPPED -> "c.stoppedAt is not null";
        };
    }
}
