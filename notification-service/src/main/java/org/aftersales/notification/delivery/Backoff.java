package org.aftersales.notification.delivery;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When to try a message again (退避重试): the wait doubles with each failed attempt from {@code first} up to
 * {@code longest}, and a random share of it (jitter, "equal jitter": between half and all of it) keeps many messages
 * that failed together from coming back together.
 */
public record Backoff(Duration first, Duration longest) {

    /**
     * @param failedAttempts the attempts that failed so far (at least 1)
     * @param random a number in [0, 1)
     */
    public Duration after(int failedAttempts, DoubleSupplier random) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
        long ceiling = Math.min(longest.toMillis(), first.toMillis() << doublings);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (ceiling - half)));
    }
}
