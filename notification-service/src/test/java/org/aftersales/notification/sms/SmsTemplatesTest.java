package org.aftersales.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.rules.NotificationRule;
import org.aftersales.notification.rules.NotificationRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The SMS templates keep the vendors' rules: every one fits one SMS for every example event of the shared contract,
 * its parameters are the text's placeholders in order, and every rule that names SMS has a template.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class SmsTemplatesTest {

    static final Path CONTRACTS = Path.of("..", "platform", "events", "src", "test", "resources", "contracts");
    static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    @Inject
    SmsTemplates templates;

    @Inject
    ObjectMapper json;

    @Test
    void every_template_fits_one_sms_for_its_example_event() throws IOException {
        for (String eventType : templatedTypes()) {
            CloudEvent<?> event = EventCodec.decode(Files.readString(CONTRACTS.resolve(eventType + ".json")));
            Map<String, Object> model = Map.of("data", json.convertValue(event.data(), FIELDS), "recipient", "赵工",
                    "ref", event.subject().substring(0, 8));

            SmsTemplates.Rendered sms = templates.render(eventType, model);

            assertThat(sms.text()).as(eventType).startsWith("【售后服务】").doesNotContain("null", "${", "{", "\n");
            assertThat(sms.text().codePointCount(0, sms.text().length())).as(eventType)
                    .isLessThanOrEqualTo(SmsTemplates.MAX_LENGTH);
            assertThat(sms.parameters().values()).as(eventType).allSatisfy(value -> assertThat(value)
                    .isNotBlank().hasSizeLessThanOrEqualTo(20));
            assertThat(sms.template()).isEqualTo("sms/" + eventType);
        }
    }

    @Test
    void every_rule_that_names_sms_has_a_template() throws IOException {
        NotificationRules rules = NotificationRules.load();
        Set<String> bySms = rules.eventTypes().stream()
                .filter(type -> rules.of(type).stream().map(NotificationRule::channels)
                        .anyMatch(channels -> channels.contains(Channel.SMS)))
                .collect(Collectors.toSet());

        assertThat(bySms).isNotEmpty();
        assertThat(templatedTypes()).containsAll(bySms);
    }

    @Test
    void without_a_provider_no_event_type_is_offered_by_sms() throws IOException {
        assertThat(templatedTypes()).noneMatch(templates::offers);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a template the vendors or one SMS would not take | why
            "工单${ref}已超时               | ref,target    | placeholders",
            "工单${ref}的${target}已超时     | target,ref    | placeholders",
            "工单已超时                      | ref           | placeholders",
            "工单${a}${b}${c}${d}已超时      | a,b,c,d       | longer than one SMS",
    })
    void a_template_that_breaks_the_rules_is_refused(String text, String parameters, String why) {
        LinkedHashMap<String, String> named = new LinkedHashMap<>();
        for (String name : parameters.split(",")) {
            named.put(name, "{ref}");
        }

        assertThatThrownBy(() -> SmsTemplates.check("aftersales.ticket.sla-breached.v1",
                new SmsTemplates.Definition(text, named), "售后服务", 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(why);
    }

    @Test
    void a_template_for_an_event_type_outside_the_catalog_is_refused() {
        assertThatThrownBy(() -> SmsTemplates.check("aftersales.ticket.teleported.v1",
                new SmsTemplates.Definition("工单已超时", new LinkedHashMap<>()), "售后服务", 20))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("teleported");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // value | longest | as sent
            "ON_SITE                          | 20 | ON_SITE",
            "  TS-2026-000123                 | 20 | TS-2026-000123",
            "电源板电容批次缺陷导致黑屏请尽快处理    | 12 | 电源板电容批次缺陷导致…",
            "见 https://evil.example/x        | 20 | 见 evil.example/x",
            "【假签名】内容                    | 20 | 假签名 内容",
    })
    void a_parameter_carries_no_link_or_brackets_and_is_cut_to_the_longest(String value, int longest,
            String sent) {
        assertThat(SmsTemplates.parameter(value, longest)).isEqualTo(sent);
    }

    static List<String> templatedTypes() throws IOException {
        try (InputStream resource = SmsTemplates.class.getClassLoader().getResourceAsStream(SmsTemplates.RESOURCE)) {
            return List.copyOf(new ObjectMapper().readTree(resource).properties().stream().map(Map.Entry::getKey)
                    .toList());
        }
    }
}
