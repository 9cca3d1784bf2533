package org.aftersales.platform.timer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often each timer of kind {@code test-wake} fired. */
@ApplicationScoped
public class FiringRecorder implements TimerHandler {

    static final String KIND = "test-wake";

    // Reached through methods only: the test holds a client proxy, whose fields are not the bean's.
    private final Map<String, AtomicInteger> fired = new ConcurrentHashMap<>();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(String subject, Instant dueAt, Instant now) {
        fired.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet();
    }

    int count(String subject) {
        AtomicInteger count = fired.get(subject);
        return count == null ? 0 : count.get();
    }
}
