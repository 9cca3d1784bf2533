package org.aftersales.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * A commit wakes the relay: with the poll set to an hour (it runs once, at start), events recorded afterwards reach
 * the topic only because their transactions' commits started passes; and each record carries the trace context of
 * the transaction that recorded it, in its header and in the event.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.HourlyPoll.class)
@WithTestResource(ServiceTestResources.class)
class OutboxWakeTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @Inject
    Outbox outbox;

    @Inject
    Tracer tracer;

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Test
    void events_committed_from_many_threads_reach_the_topic_without_waiting_for_a_poll_each_once_in_order() {
        List<UUID> tickets = IntStream.range(0, 40).mapToObj(i -> UUID.randomUUID()).toList();

        tickets.parallelStream().forEach(ticket -> {
            QuarkusTransaction.requiringNew().run(() -> append(ticket, "first"));
            QuarkusTransaction.requiringNew().run(() -> append(ticket, "second"));
        });

        Set<String> keys = tickets.stream().map(UUID::toString).collect(Collectors.toSet());
        var records = KAFKA.awaitRecords(TicketEvents.CREATED.topic(), r -> keys.contains(r.key()),
                2 * tickets.size(), PATIENCE);
        Map<String, List<String>> descriptions = records.stream().collect(Collectors.groupingBy(r -> r.key(),
                Collectors.mapping(r -> EventCodec.payload(EventCodec.decode(r.value()), TicketEvents.CREATED)
                        .description(), Collectors.toList())));
        assertThat(descriptions).hasSize(tickets.size());
        assertThat(descriptions.values()).allSatisfy(d -> assertThat(d).containsExactly("first", "second"));
    }

    @Test
    void the_record_carries_the_trace_context_the_event_was_recorded_in() {
        UUID ticket = UUID.randomUUID();
        Span span = tracer.spanBuilder("register ticket").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> append(ticket, "traced"));
        } finally {
            span.end();
        }

        var record = KAFKA.awaitRecords(TicketEvents.CREATED.topic(), r -> r.key().equals(ticket.toString()), 1,
                PATIENCE).get(0);
        String traceparent = KafkaTestClient.header(record, "traceparent");
        assertThat(traceparent).isEqualTo("00-" + span.getSpanContext().getTraceId() + "-"
                + span.getSpanContext().getSpanId() + "-" + span.getSpanContext().getTraceFlags().asHex());
        assertThat(EventCodec.decode(record.value()).traceparent()).isEqualTo(traceparent);
    }

    @Test
    void an_event_recorded_outside_any_trace_has_no_trace_context() {
        UUID ticket = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> append(ticket, "untraced"));

        var record = KAFKA.awaitRecords(TicketEvents.CREATED.topic(), r -> r.key().equals(ticket.toString()), 1,
                PATIENCE).get(0);
        assertThat(KafkaTestClient.header(record, "traceparent")).isNull();
        assertThat(EventCodec.decode(record.value()).traceparent()).isNull();
    }

    private void append(UUID ticket, String description) {
        Instant now = Instant.now();
        outbox.append(TicketEvents.CREATED, ticket.toString(), now, new TicketCreated(ticket, "dealer-a/customer-a",
                "SN-WAKE-" + ticket, FaultLevel.MINOR, description, new Contact("王工", "+86 138 0000 0000", "设备科",
                "ICU"), "agent", now, "FAULT", Channel.HOTLINE, FaultType.HARDWARE));
    }

    /** The scheduled relay polls once an hour, so only commits can bring the events out within the test. */
    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aftersales.outbox.poll-interval", "1h");
        }
    }
}
