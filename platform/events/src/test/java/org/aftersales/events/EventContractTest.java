package org.aftersales.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each event type in the catalog has a committed example document under {@code contracts/}. A
 * payload change that renames, drops or retypes a field breaks this test: such a change needs a new
 * event version.
 */
class EventContractTest {

    static Stream<EventType<?>> catalog() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void example_document_reads_into_the_payload_and_writes_back_unchanged(EventType<?> type) throws IOException {
        String example = example(type);

        CloudEvent<JsonNode> decoded = EventCodec.decode(example);
        Object payload = EventCodec.payload(decoded, type);
        String reEncoded = EventCodec.encode(new CloudEvent<>(
                decoded.id(), decoded.source(), decoded.type(), decoded.subject(), decoded.time(), payload));

        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(reEncoded)).isEqualTo(json.readTree(example));
        assertThat(decoded.type()).isEqualTo(type.type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalog")
    void type_names_are_unique_and_topic_follows_aggregate(EventType<?> type) {
        assertThat(EventCatalog.ALL.stream().filter(t -> t.type().equals(type.type()))).hasSize(1);
        assertThat(type.topic()).isEqualTo("aftersales." + type.aggregateType());
    }

    private static String example(EventType<?> type) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream("/contracts/" + type.type() + ".json")) {
            assertThat(in).as("contracts/%s.json", type.type()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
