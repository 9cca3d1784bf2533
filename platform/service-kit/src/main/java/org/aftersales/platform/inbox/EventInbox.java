package org.aftersales.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.MalformedEventException;
import org.jboss.logging.Logger;

/**
 * Applies each event once. The event id is recorded in {@code processed_event} in the same
 * transaction as the handler's effect: a redelivery finds the id and does nothing, and a failure
 * rolls back both, so the event is applied on the next delivery.
 *
 * <p>A message that is not a valid event of the contract throws {@link MalformedEventException};
 * the channel's dead-letter strategy moves it aside so it does not block its partition.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final EntityManager entityManager;

    EventInbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Decodes a CloudEvents message and, unless it was applied before, hands it to its handler in a
     * new transaction.
     *
     * @return whether the event was applied now (false: a repeat, or a type this consumer skips)
     */
    public boolean consume(String message, EventHandlers handlers) {
        CloudEvent<JsonNode> event = EventCodec.decode(message);
        var handler = handlers.find(event.type());
        if (handler.isEmpty()) {
            LOG.debugf("skipping event %s of type %s", event.id(), event.type());
            return false;
        }
        return apply(event, handler.get());
    }

    private <T> boolean apply(CloudEvent<JsonNode> event, EventHandlers.Handler<T> handler) {
        T payload = EventCodec.payload(event, handler.type());
        CloudEvent<T> typed = new CloudEvent<>(event.id(), event.source(), event.type(), event.subject(), event.time(),
                payload);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!firstDelivery(typed)) {
                LOG.debugf("event %s was applied before; skipping the repeat", event.id());
                return false;
            }
            handler.action().accept(typed);
            return true;
        });
    }

    private boolean firstDelivery(CloudEvent<?> event) {
        return entityManager.createNativeQuery("""
                insert into processed_event (event_id, event_type, processed_at)
                values (?1, ?2, now())
                on conflict (event_id) do nothing""")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .executeUpdate() == 1;
    }
}
