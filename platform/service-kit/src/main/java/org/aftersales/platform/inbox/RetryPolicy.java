package org.aftersales.platform.inbox;

import java.time.Duration;
import org.aftersales.events.MalformedEventException;

/**
 * How often a consumer tries an event before it dead-letters it, and how long it waits in between: transient
 * failures ({@link Failures#isTransient}) get {@code transientAttempts}, an event its handler finds not valid
 * ({@link MalformedEventException}) one, any other failure {@code otherAttempts}; the wait starts at
 * {@code initialBackoff} and doubles up to {@code maxBackoff}.
 */
public record RetryPolicy(int transientAttempts, int otherAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (transientAttempts < 1 || otherAttempts < 1) {
            throw new IllegalArgumentException("a consumer tries an event at least once");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must grow from " + initialBackoff + " to " + maxBackoff);
        }
    }

    static RetryPolicy of(InboxConfig.Retry config) {
        return new RetryPolicy(config.transientAttempts(), config.otherAttempts(), config.initialBackoff(),
                config.maxBackoff());
    }

    /** How many attempts in all an event that failed with {@code failure} gets. */
    public int attemptsFor(Throwable failure) {
        if (failure instanceof MalformedEventException) {
            return 1;
        }
        return Failures.isTransient(failure) ? transientAttempts : otherAttempts;
    }

    /** The wait after the {@code failed}-th failed attempt (1 for the first). */
    public Duration backoffAfter(int failed) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failed && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) < 0 ? wait : maxBackoff;
    }
}
