package org.aftersales.platform.ratelimit;

import java.time.Duration;

/**
 * A token bucket: {@code burst} requests at once, refilled at {@code perSecond}. Plain arithmetic on the nanosecond
 * clock the caller passes, so that it is tested without waiting.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long updatedAt;

    TokenBucket(double perSecond, int burst, long now) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a bucket needs a positive rate and a burst of at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.updatedAt = now;
    }

    /** Takes one request's token: {@link Duration#ZERO} when there was one, else how long until the next one. */
    synchronized Duration take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * NANOS_PER_SECOND));
    }

    /** Whether the bucket is full again at {@code now}, so that forgetting it changes nothing. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= burst;
    }

    private void refill(long now) {
        long elapsed = Math.max(0, now - updatedAt);
        tokens = Math.min(burst, tokens + elapsed / NANOS_PER_SECOND * perSecond);
        updatedAt = now;
    }
}
