package org.aftersales.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes and reads CloudEvents 1.0 structured JSON. Producers and consumers use this one codec, so
 * both sides agree on the envelope and on how payload records map to JSON.
 *
 * <p>Reading is tolerant of payload fields it does not know (a producer may add optional fields
 * within a version) and strict about the envelope.
 */
public final class EventCodec {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** W3C Trace Context {@code traceparent}: version, trace id, parent span id, flags. */
    private static final Pattern TRACEPARENT = Pattern.compile("\\A[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}\\z");

    private EventCodec() {
    }

    /** The CloudEvent as one JSON document. */
    public static String encode(CloudEvent<?> event) {
        ObjectNode json = JSON.createObjectNode();
        json.put("specversion", CloudEvent.SPEC_VERSION);
        json.put("id", event.id().toString());
        json.put("source", event.source().toString());
        json.put("type", event.type());
        json.put("subject", event.subject());
        json.put("time", event.time().toString());
        json.put("datacontenttype", CloudEvent.DATA_CONTENT_TYPE);
        if (event.traceparent() != null) {
            json.put("traceparent", event.traceparent());
        }
        json.set("data", JSON.valueToTree(event.data()));
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be written as JSON", e);
        }
    }

    /**
     * Reads the envelope of a CloudEvent; the payload stays JSON until {@link #payload} asks for a type.
     *
     * @throws MalformedEventException when the text is not a CloudEvents 1.0 JSON document
     */
    public static CloudEvent<JsonNode> decode(String text) {
        JsonNode json;
        try {
            json = text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        if (!CloudEvent.SPEC_VERSION.equals(text(json, "specversion"))) {
            throw new MalformedEventException("specversion must be " + CloudEvent.SPEC_VERSION);
        }
        try {
            return new CloudEvent<>(
                    UUID.fromString(text(json, "id")),
                    URI.create(text(json, "source")),
                    text(json, "type"),
                    text(json, "subject"),
                    Instant.parse(text(json, "time")),
                    json.get("data"),
                    traceparent(json));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException("invalid attribute: " + e.getMessage());
        }
    }

    /**
     * The payload of a decoded event as the record its type defines.
     *
     * @throws MalformedEventException when the event is of another type or its data does not fit
     */
    public static <T> T payload(CloudEvent<JsonNode> event, EventType<T> type) {
        if (!type.type().equals(event.type())) {
            throw new MalformedEventException("expected " + type.type() + " but got " + event.type());
        }
        if (event.data() == null || !event.data().isObject()) {
            throw new MalformedEventException("data of " + event.type() + " is missing");
        }
        try {
            return JSON.treeToValue(event.data(), type.payloadType());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException("data does not fit " + type.type() + ": " + e.getMessage());
        }
    }

    /**
     * The optional {@code traceparent} extension attribute. Tracing is best effort: a value that is not a W3C
     * trace context is ignored rather than making the event unreadable.
     */
    private static String traceparent(JsonNode json) {
        JsonNode value = json.get("traceparent");
        return value != null && value.isTextual() && TRACEPARENT.matcher(value.asText()).matches() ? value.asText() : null;
    }

    private static String text(JsonNode json, String attribute) {
        JsonNode value = json.get(attribute);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new MalformedEventException("attribute " + attribute + " is missing");
        }
        return value.asText();
    }
}
