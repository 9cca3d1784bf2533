package org.aftersales.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.MalformedEventException;
import org.jboss.logging.Logger;

/**
 * Applies each event once per consumer, retrying a failure in place before giving up on it.
 *
 * <p>The event id is recorded in {@code processed_event} under the consumer's name in the same transaction as the
 * handler's effect: a redelivery finds the id and does nothing, and a failure rolls back both.
 *
 * <p>A failed attempt is tried again on the same thread after a growing wait ({@link RetryPolicy}): a transient
 * failure (lock conflict, deadlock, lost connection) up to {@code aftersales.inbox.retry.transient-attempts} times,
 * any other up to {@code other-attempts}. The partition waits meanwhile, so later events of the same aggregate never
 * overtake the one retried. A message that is not a valid event of the contract is not retried. Given up, the event
 * is recorded as a {@link DeadLetter} with its reason, and {@link EventDeadLetteredException} is thrown so the
 * channel's dead-letter strategy moves the message to the dead-letter topic and goes on.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final EntityManager entityManager;
    private final DeadLetters deadLetters;
    private final RetryPolicy retry;
    private final Counter retried;

    EventInbox(EntityManager entityManager, DeadLetters deadLetters, InboxConfig config, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.deadLetters = deadLetters;
        this.retry = RetryPolicy.of(config.retry());
        this.retried = Counter.builder("aftersales.inbox.retried")
                .description("Failed attempts of a consumer that were tried again in place").register(metrics);
    }

    /**
     * Decodes a CloudEvents message and, unless this consumer applied it before, hands it to its handler in a new
     * transaction, trying again in place after a failure.
     *
     * @return whether the event was applied now (false: a repeat, or a type this consumer skips)
     * @throws EventDeadLetteredException when the message is not a valid event, or it kept failing
     */
    public boolean consume(String message, EventHandlers handlers) {
        CloudEvent<JsonNode> event;
        try {
            event = EventCodec.decode(message);
        } catch (MalformedEventException e) {
            throw deadLetters.record(handlers.consumer(), message, null, e, 1);
        }
        var handler = handlers.find(event.type());
        if (handler.isEmpty()) {
            LOG.debugf("skipping event %s of type %s", event.id(), event.type());
            return false;
        }
        return applyTrying(message, event, handler.get(), handlers.consumer());
    }

    private <T> boolean applyTrying(String message, CloudEvent<JsonNode> event, EventHandlers.Handler<T> handler,
            String consumer) {
        CloudEvent<T> typed;
        try {
            typed = new CloudEvent<>(event.id(), event.source(), event.type(), event.subject(), event.time(),
                    EventCodec.payload(event, handler.type()), event.traceparent());
        } catch (MalformedEventException e) {
            throw deadLetters.record(consumer, message, event, e, 1);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return apply(typed, handler, consumer);
            } catch (RuntimeException e) {
                if (attempt >= retry.attemptsFor(e)) {
                    throw deadLetters.record(consumer, message, event, e, attempt);
                }
                Duration wait = retry.backoffAfter(attempt);
                LOG.warnf("consumer %s: attempt %d at event %s failed, trying again in %s: %s", consumer, attempt,
                        event.id(), wait, Failures.describe(e));
                retried.increment();
                pause(wait, e);
            }
        }
    }

    private <T> boolean apply(CloudEvent<T> event, EventHandlers.Handler<T> handler, String consumer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!firstDelivery(event, consumer)) {
                LOG.debugf("event %s was applied by %s before; skipping the repeat", event.id(), consumer);
                return false;
            }
            handler.action().accept(event);
            return true;
        });
    }

    private boolean firstDelivery(CloudEvent<?> event, String consumer) {
        return entityManager.createNativeQuery("""
                insert into processed_event (consumer, event_id, event_type, processed_at)
                values (?1, ?2, ?3, now())
                on conflict (consumer, event_id) do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate() == 1;
    }

    /** Waits on the consumer's own thread, so its partition waits too. */
    private static void pause(Duration wait, RuntimeException failure) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
