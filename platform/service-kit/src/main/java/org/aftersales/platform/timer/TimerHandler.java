package org.aftersales.platform.timer;

import java.time.Instant;

/**
 * Acts when a timer of its {@link #kind()} is due. A CDI bean; {@link TimerPoller} calls it inside the
 * transaction that deletes the timer, so what it writes (state, outbox events, new timers) commits together
 * with the timer's removal, or not at all and the timer is tried again.
 *
 * <p>Lock order: the aggregate first, then its timers. A change to an aggregate locks its row and then schedules or
 * cancels its timers; the poller asks {@link #lock} to lock the same row <em>before</em> it locks the timer, so the two
 * never wait for each other in opposite orders (no deadlock).
 */
public interface TimerHandler {

    /** The kind of timers it handles, e.g. {@code sla-breach}. */
    String kind();

    /**
     * Locks (row lock, waiting while another transaction holds it) what {@link #fire} will change for
     * {@code subject}, before the poller locks the timer: the aggregate a request locks before it touches the
     * aggregate's timers. By default nothing (a handler whose rows no request locks).
     */
    default void lock(String subject) {
    }

    /**
     * @param subject what the timer is about, as given to {@link Timers#schedule}
     * @param dueAt when it was due
     * @param now the instant of the poll that found it due
     */
    void fire(String subject, Instant dueAt, Instant now);
}
