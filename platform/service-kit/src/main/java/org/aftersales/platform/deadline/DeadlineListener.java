package org.aftersales.platform.deadline;

import java.time.Instant;

/**
 * What a service does when one of its deadlines of {@link #kind()} warns or is breached: a CDI bean per kind. The kit
 * calls it inside the transaction of the persistent timer that fired, with the deadline's new state already written,
 * so the service's own event, appended to its outbox here, commits together with it or not at all (and the timer is
 * tried again).
 */
public interface DeadlineListener {

    /** The kind of deadlines it listens to, as given in {@link DeadlineSpec#kind()}. */
    String kind();

    /** The deadline passed its warning share (预警). Not called for a deadline already due. */
    default void warning(Deadline deadline, Instant now) {
    }

    /** The deadline fell due unmet (超时); {@code breach} is the fact stored for it. */
    void breached(Deadline deadline, DeadlineBreach breach, Instant now);
}
