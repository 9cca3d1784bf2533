package org.aftersales.platform.timer;

import java.time.Instant;

/**
 * Acts when a timer of its {@link #kind()} is due. A CDI bean; {@link TimerPoller} calls it inside the
 * transaction that deletes the timer, so what it writes (state, outbox events, new timers) commits together
 * with the timer's removal, or not at all and the timer is tried again.
 */
public interface TimerHandler {

    /** The kind of timers it handles, e.g. {@code sla-breach}. */
    String kind();

    /**
     * @param subject what the timer is about, as given to {@link Timers#schedule}
     * @param dueAt when it was due
     * @param now the instant of the poll that found it due
     */
    void fire(String subject, Instant dueAt, Instant now);
}
