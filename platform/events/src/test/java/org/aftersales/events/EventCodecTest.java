package org.aftersales.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {

    private static final String VALID_DATA = """
            {"ticketId":"0b6f2c1e-7d1a-4c1b-9f0e-2a3b4c5d6e7f","customerOrganisation":"dealer-a/hospital-a",
             "deviceSerial":"SN-1","faultLevel":"MINOR","description":"noise","contact":{"name":"Li","phone":"1"},
             "createdBy":"agent","createdAt":"2026-11-22T02:15:00Z"}""";

    @Test
    void round_trip_keeps_every_attribute_and_the_payload() {
        TicketCreated payload = new TicketCreated(UUID.randomUUID(), "dealer-a/hospital-a", "SN-1", FaultLevel.MAJOR,
                "风扇异响", new Contact("李", "+86 1", null, null), "agent", Instant.parse("2026-11-22T02:15:00Z"),
                "FAULT", Channel.HOTLINE, null);
        CloudEvent<TicketCreated> event = CloudEvent.of(TicketEvents.CREATED, "/ticket-service",
                payload.ticketId().toString(), payload.createdAt(), payload);

        var decoded = EventCodec.decode(EventCodec.encode(event));

        assertThat(decoded.id()).isEqualTo(event.id());
        assertThat(decoded.source()).isEqualTo(event.source());
        assertThat(decoded.type()).isEqualTo("aftersales.ticket.created.v1");
        assertThat(decoded.subject()).isEqualTo(payload.ticketId().toString());
        assertThat(decoded.time()).isEqualTo(event.time());
        assertThat(EventCodec.payload(decoded, TicketEvents.CREATED)).isEqualTo(payload);
    }

    @Test
    void the_trace_context_travels_with_the_event_and_an_event_without_one_reads_as_none() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        CloudEvent<String> event = new CloudEvent<>(UUID.randomUUID(), java.net.URI.create("/ticket-service"),
                "aftersales.ticket.created.v1", "x", Instant.parse("2026-11-22T02:15:00Z"), "data");

        assertThat(EventCodec.decode(EventCodec.encode(event.withTraceparent(traceparent))).traceparent())
                .isEqualTo(traceparent);
        assertThat(EventCodec.encode(event)).doesNotContain("traceparent");
        assertThat(EventCodec.decode(EventCodec.encode(event)).traceparent()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7", "not a trace",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\\n"})
    void a_trace_context_that_is_not_w3c_is_ignored_and_the_event_still_reads(String traceparent) {
        String text = """
                {"specversion":"1.0","id":"5f0c6a52-2b9e-4d8e-9a51-1d1a3c2b7e01","source":"/ticket-service",
                 "type":"aftersales.ticket.created.v1","subject":"x","time":"2026-11-22T02:15:00Z",
                 "traceparent":"%s","data":%s}""".formatted(traceparent, VALID_DATA);

        var decoded = EventCodec.decode(text);

        assertThat(decoded.traceparent()).isNull();
        assertThat(EventCodec.payload(decoded, TicketEvents.CREATED).deviceSerial()).isEqualTo("SN-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "not json",
        "[]",
        "{}",
        """
        {"specversion":"0.3","id":"5f0c6a52-2b9e-4d8e-9a51-1d1a3c2b7e01","source":"/s","type":"t","subject":"s","time":"2026-11-22T02:15:00Z"}""",
        """
        {"specversion":"1.0","source":"/s","type":"t","subject":"s","time":"2026-11-22T02:15:00Z"}""",
        """
        {"specversion":"1.0","id":"not-a-uuid","source":"/s","type":"t","subject":"s","time":"2026-11-22T02:15:00Z"}""",
        """
        {"specversion":"1.0","id":"5f0c6a52-2b9e-4d8e-9a51-1d1a3c2b7e01","source":"/s","type":"t","subject":"s","time":"yesterday"}""",
        """
        {"specversion":"1.0","id":"5f0c6a52-2b9e-4d8e-9a51-1d1a3c2b7e01","source":"/s","type":"t","time":"2026-11-22T02:15:00Z"}"""
    })
    void a_document_that_is_not_a_cloud_event_is_malformed(String text) {
        assertThatThrownBy(() -> EventCodec.decode(text)).isInstanceOf(MalformedEventException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "aftersales.ticket.created.v1 | {}",
        "aftersales.ticket.created.v1 | {\"ticketId\":\"0b6f2c1e-7d1a-4c1b-9f0e-2a3b4c5d6e7f\"}",
        "aftersales.ticket.created.v1 | \"text\"",
        "aftersales.ticket.closed.v1  | " + "{}",
    })
    void a_payload_that_does_not_fit_its_type_is_malformed(String type, String data) {
        String text = """
                {"specversion":"1.0","id":"5f0c6a52-2b9e-4d8e-9a51-1d1a3c2b7e01","source":"/ticket-service",
                 "type":"%s","subject":"x","time":"2026-11-22T02:15:00Z","data":%s}""".formatted(type, data);
        var decoded = EventCodec.decode(text);

        assertThatThrownBy(() -> EventCodec.payload(decoded, TicketEvents.CREATED))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void unknown_payload_fields_within_a_version_are_tolerated() {
        String data = VALID_DATA.replace("{\"ticketId\"", "{\"addedLater\":1,\"ticketId\"");
        String text = """
                {"specversion":"1.0","id":"5f0c6a52-2b9e-4d8e-9a51-1d1a3c2b7e01","source":"/ticket-service",
                 "type":"aftersales.ticket.created.v1","subject":"x","time":"2026-11-22T02:15:00Z","data":%s}"""
                .formatted(data);

        assertThat(EventCodec.payload(EventCodec.decode(text), TicketEvents.CREATED).deviceSerial()).isEqualTo("SN-1");
    }

    @ParameterizedTest
    @CsvSource({
        "aftersales.ticket.created,   ticket",
        "ticket.created.v1,           ticket",
        "aftersales.ticket.created.v0, ticket",
        "aftersales.ticket.created.v1, warranty",
    })
    void event_type_names_follow_the_convention(String type, String aggregate) {
        assertThatThrownBy(() -> new EventType<>(type, aggregate, String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
