package org.aftersales.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.SlaAlert;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.notification.delivery.Message;
import org.aftersales.testing.KafkaTestClient;

/** Ticket events the service's tests publish, and the messages it stored for an event. */
public final class TestEvents {

    private TestEvents() {
    }

    /** Publishes a new ticket of dealer-a/customer-a whose contact has a landline (so no SMS), and returns its id. */
    public static UUID registeredTicket(KafkaTestClient kafka, FaultLevel level) {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        kafka.publish(TicketEvents.CREATED, CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(),
                now, new TicketCreated(ticket, "dealer-a/customer-a", "SN-" + ticket, level, "黑屏",
                        new Contact("赵工", "+86 10 1234 5678", null, null), "agent", now, "FAULT", null, null)));
        return ticket;
    }

    /** A breach, now, of the ticket's promise for this target and time (e.g. RESPONSE, PT30M). */
    public static CloudEvent<SlaAlert> breach(UUID ticket, String target, String targetTime, long targetSeconds) {
        Instant now = Instant.now();
        return CloudEvent.of(TicketEvents.SLA_BREACHED, "/ticket-service", ticket.toString(), now,
                new SlaAlert(ticket, "dealer-a/customer-a", null, target, "A", targetTime,
                        now.minusSeconds(targetSeconds), now, now, null));
    }

    /** The messages stored for an event, read in a transaction of their own. */
    public static List<Message> messagesOf(CloudEvent<?> event) {
        return QuarkusTransaction.requiringNew().call(() -> Message.<Message>list("eventId", event.id()));
    }
}
