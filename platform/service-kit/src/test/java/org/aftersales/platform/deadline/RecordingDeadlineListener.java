package org.aftersales.platform.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The test service's listener: records what it was told, per subject; fails on demand for the subjects named. */
@ApplicationScoped
public class RecordingDeadlineListener implements DeadlineListener {

    static final String KIND = "test-promise";

    private final Map<String, List<String>> calls = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void warning(Deadline deadline, Instant now) {
        record(deadline, "warning " + deadline.state());
    }

    @Override
    public void breached(Deadline deadline, DeadlineBreach breach, Instant now) {
        record(deadline, "breached " + deadline.state() + " promised " + breach.promisedAt());
    }

    List<String> calls(String subject) {
        return List.copyOf(calls.getOrDefault(subject, List.of()));
    }

    void failFor(String subject) {
        failing.add(subject);
    }

    void recover(String subject) {
        failing.remove(subject);
    }

    private void record(Deadline deadline, String call) {
        if (failing.contains(deadline.subject())) {
            throw new IllegalStateException("the listener fails for " + deadline.subject());
        }
        calls.computeIfAbsent(deadline.subject(), s -> new CopyOnWriteArrayList<>()).add(call);
    }
}
