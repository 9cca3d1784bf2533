package org.aftersales.warranty.commitment;

import java.util.Optional;

/**
 * 回访: one return-visit promise, either after an event or a number of times a year.
 *
 * @param trigger         what causes the visit
 * @param within          how soon after the event: 3 working days after service (000-3), a week after a complaint's solution (000-3);
 *                        present exactly for event triggers
 * @param timesPerYear    how often, for {@link Trigger#PERIODIC}: 3 times a year (001), at least yearly for key customers (001)
 * @param keyCustomersOnly only for key customers (重点客户, seed 001)
 */
public record ReturnVisitRule(Trigger trigger, Optional<TimeLimit> within, Optional<Integer> timesPerYear, boolean keyCustomersOnly) {

    /** What causes a return visit. */
    public enum Trigger {
        /** A service ticket was closed (客户服务记录单/反馈单 received). */
        SERVICE_CLOSED,
        /** A complaint's solution was carried out. */
        COMPLAINT_RESOLVED,
        /** The calendar: {@code timesPerYear} visits a year. */
        PERIODIC
    }
}
