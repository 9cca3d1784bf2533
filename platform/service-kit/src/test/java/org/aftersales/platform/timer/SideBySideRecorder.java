package org.aftersales.platform.timer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Timers of kind {@code test-side-by-side}: each firing waits, inside its transaction, until {@link #expect} firings
 * are in flight together (at most 10 s), so that firings one after another show as one in flight at most.
 */
@ApplicationScoped
public class SideBySideRecorder implements TimerHandler {

    static final String KIND = "test-side-by-side";

    // Reached through methods only: the test holds a client proxy, whose fields are not the bean's.
    private final Map<String, AtomicInteger> fired = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private volatile CountDownLatch together = new CountDownLatch(0);

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(String subject, Instant dueAt, Instant now) {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            together.countDown();
            together.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
        fired.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet();
    }

    /** The next firings wait until {@code count} are in flight; forgets the most seen so far. */
    void expect(int count) {
        together = new CountDownLatch(count);
        mostInFlight.set(0);
    }

    int mostInFlight() {
        return mostInFlight.get();
    }

    int count(String subject) {
        AtomicInteger count = fired.get(subject);
        return count == null ? 0 : count.get();
    }
}
