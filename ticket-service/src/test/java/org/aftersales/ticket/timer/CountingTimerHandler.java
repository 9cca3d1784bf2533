package org.aftersales.ticket.timer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.platform.timer.TimerHandler;

/** Counts how often each timer of kind {@code test-count} fired; fails for subjects it is told to fail. */
@ApplicationScoped
public class CountingTimerHandler implements TimerHandler {

    static final String KIND = "test-count";

    // Reached through methods only: the test holds a client proxy, whose fields are not the bean's.
    private final Map<String, AtomicInteger> fired = new ConcurrentHashMap<>();
    private final Map<String, Instant> firedAt = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(String subject, Instant dueAt, Instant now) {
        if (failing.contains(subject)) {
            throw new IllegalStateException("told to fail: " + subject);
        }
        firedAt.putIfAbsent(subject, Instant.now());
        fired.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet();
    }

    void failFor(String subject) {
        failing.add(subject);
    }

    void recover(String subject) {
        failing.remove(subject);
    }

    Instant firedAt(String subject) {
        return firedAt.get(subject);
    }

    int count(String subject) {
        AtomicInteger count = fired.get(subject);
        return count == null ? 0 : count.get();
    }
}
