package org.aftersales.notification.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCatalog;
import org.aftersales.events.EventCodec;
import org.aftersales.events.EventType;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.notification.rules.NotificationRules;
import org.junit.jupiter.api.Test;

/**
 * Every template renders, in every language, for every example event of the shared contract
 * ({@code platform/events/src/test/resources/contracts}) whose type has rules.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class MessageTemplatesTest {

    static final Path CONTRACTS = Path.of("..", "platform", "events", "src", "test", "resources", "contracts");
    static final List<String> LANGUAGES = List.of("zh-CN", "en");
    static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    @Inject
    MessageTemplates templates;

    @Inject
    ObjectMapper json;

    @Test
    void every_template_renders_for_every_example_event_in_every_language() throws IOException {
        List<Path> examples = examplesWithRules();
        assertThat(examples).hasSameSizeAs(NotificationRules.load().eventTypes());
        for (Path example : examples) {
            CloudEvent<?> event = decode(Files.readString(example));
            for (String language : LANGUAGES) {
                MessageTemplates.Rendered rendered = templates.render(event.type(), language, model(event, "赵工"));

                String what = example.getFileName() + " in " + language;
                assertThat(rendered.language()).as(what).isEqualTo(language);
                assertThat(rendered.title()).as(what).isNotBlank().hasSizeLessThanOrEqualTo(120)
                        .doesNotContain("null", "\n");
                assertThat(rendered.body()).as(what).startsWith(language.equals("en") ? "Dear 赵工" : "赵工")
                        .doesNotContain("null", "{", "}");
            }
        }
    }

    @Test
    void a_language_without_templates_falls_back_to_chinese() throws IOException {
        CloudEvent<?> event = decode(Files.readString(CONTRACTS.resolve("aftersales.ticket.sla-breached.v1.json")));

        MessageTemplates.Rendered rendered = templates.render(event.type(), "pt-BR", model(event, "Ana"));

        assertThat(rendered.language()).isEqualTo("zh-CN");
        assertThat(rendered.template()).isEqualTo("messages/ticket.sla-breached");
        assertThat(rendered.title()).isEqualTo("【超时】工单 0b6f2c1e ON_SITE 已超时");
    }

    Map<String, Object> model(CloudEvent<?> event, String recipient) {
        return Map.of("data", json.convertValue(event.data(), FIELDS), "recipient", recipient,
                "ref", Notifier.shortReference(event.subject()));
    }

    static List<Path> examplesWithRules() throws IOException {
        Set<String> withRules = NotificationRules.load().eventTypes();
        try (Stream<Path> files = Files.list(CONTRACTS)) {
            return files.filter(file -> withRules.contains(file.getFileName().toString().replace(".json", "")))
                    .sorted().toList();
        }
    }

    static CloudEvent<?> decode(String message) {
        CloudEvent<JsonNode> raw = EventCodec.decode(message);
        EventType<?> type = EventCatalog.ALL.stream().filter(t -> t.type().equals(raw.type())).findFirst()
                .orElseThrow();
        return new CloudEvent<>(raw.id(), raw.source(), raw.type(), raw.subject(), raw.time(),
                EventCodec.payload(raw, type));
    }
}
