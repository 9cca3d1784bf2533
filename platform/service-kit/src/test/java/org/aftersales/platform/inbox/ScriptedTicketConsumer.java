package org.aftersales.platform.inbox;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The test service's consumer of ticket events. Each event's device serial says how it behaves: the tests script, per
 * serial, how many attempts fail first and how (a serialization failure from PostgreSQL, or an error of the handler).
 */
@ApplicationScoped
public class ScriptedTicketConsumer {

    static final String CONSUMER = "scripted-tickets";

    enum Failure { SERIALIZATION, HANDLER_ERROR }

    record Script(Failure failure, AtomicInteger failuresLeft) {
    }

    private final EventInbox inbox;
    private final EntityManager entityManager;
    private final EventHandlers handlers;
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<String> applied = new CopyOnWriteArrayList<>();

    ScriptedTicketConsumer(EventInbox inbox, EntityManager entityManager) {
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.handlers = new EventHandlers(CONSUMER).on(TicketEvents.CREATED, this::created);
    }

    @Incoming("ticket-events")
    @Blocking
    public void consume(String message) {
        inbox.consume(message, handlers);
    }

    /** The first {@code times} attempts at events of {@code serial} fail with {@code failure}. */
    void failFirst(String serial, int times, Failure failure) {
        scripts.put(serial, new Script(failure, new AtomicInteger(times)));
    }

    /** The serials of the events applied (committed or about to), in the order applied. */
    List<String> applied() {
        return List.copyOf(applied);
    }

    int attempts(String serial) {
        return attempts.getOrDefault(serial, new AtomicInteger()).get();
    }

    private void created(CloudEvent<TicketCreated> event) {
        String serial = event.data().deviceSerial();
        attempts.computeIfAbsent(serial, s -> new AtomicInteger()).incrementAndGet();
        Script script = scripts.get(serial);
        if (script != null && script.failuresLeft().getAndDecrement() > 0) {
            switch (script.failure()) {
                case SERIALIZATION -> entityManager.createNativeQuery(
                        "do $$ begin raise exception 'could not serialize access' using errcode = '40001'; end $$")
                        .executeUpdate();
                case HANDLER_ERROR -> throw new IllegalStateException("device " + serial + " is unknown");
            }
        }
        applied.add(serial);
    }
}
