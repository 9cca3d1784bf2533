package org.aftersales.ticket.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How long a ticket waited, and for what: each WAIT lasts until the ticket's next action (RESUME, or whatever ended
 * the wait), a wait not ended yet until {@code until}. Plain Java over the ticket's lifecycle.
 */
public final class Waits {

    /** The cause of a late repair that no wait explains: the service itself. */
    public static final String SERVICE = "SERVICE";

    /** One action of the lifecycle, with what a WAIT waits for. */
    public record Step(TicketAction action, WaitingFor waitingFor, Instant at) {
    }

    private final Map<WaitingFor, Duration> waited;

    private Waits(Map<WaitingFor, Duration> waited) {
        this.waited = waited;
    }

    /** The waits of a lifecycle, its steps in any order. */
    public static Waits of(List<Step> steps, Instant until) {
        List<Step> ordered = steps.stream().sorted(Comparator.comparing(Step::at)).toList();
        Map<WaitingFor, Duration> waited = new EnumMap<>(WaitingFor.class);
        for (int i = 0; i < ordered.size(); i++) {
            Step step = ordered.get(i);
            if (step.action() == TicketAction.WAIT && step.waitingFor() != null) {
                Instant end = i + 1 < ordered.size() ? ordered.get(i + 1).at() : until;
                if (end.isAfter(step.at())) {
                    waited.merge(step.waitingFor(), Duration.between(step.at(), end), Duration::plus);
                }
            }
        }
        return new Waits(waited);
    }

    /** How long the ticket waited for this; zero when it never did. */
    public Duration of(WaitingFor what) {
        return waited.getOrDefault(what, Duration.ZERO);
    }

    /**
     * Why a repair took longer than promised: what it waited for longest ({@code PARTS}, {@code CUSTOMER},
     * {@code MANUFACTURER}), {@link #SERVICE} when it never waited; empty when it was not late.
     */
    public Optional<String> delayCause(boolean late) {
        if (!late) {
            return Optional.empty();
        }
        return Optional.of(waited.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(longest -> longest.getKey().name()).orElse(SERVICE));
    }
}
