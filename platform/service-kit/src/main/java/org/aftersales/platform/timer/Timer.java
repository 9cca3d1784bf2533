package org.aftersales.platform.timer;

import java.time.Instant;
import java.util.Objects;

/** A timer to set: of {@code kind} for {@code subject}, due at {@code dueAt} (what {@link Timers#schedule} takes). */
public record Timer(String kind, String subject, Instant dueAt) {

    public Timer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dueAt, "dueAt");
    }
}
