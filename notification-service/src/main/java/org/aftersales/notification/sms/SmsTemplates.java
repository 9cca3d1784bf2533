package org.aftersales.notification.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.events.EventCatalog;
import org.aftersales.events.EventType;

/**
 * The short SMS templates (短信模板), {@code sms-templates.json}: per event type the text the vendor approves, with
 * {@code ${name}} placeholders, and the Qute expression each placeholder is filled from. The vendors' rules hold
 * here: a message is one SMS of at most {@value #MAX_LENGTH} characters, signature included, with every parameter
 * at its longest ({@code aftersales.sms.parameter-max-length}, longer values are cut with an ellipsis); a value
 * never carries a link, a line break or the signature's brackets.
 */
@ApplicationScoped
public class SmsTemplates {

    /** The resource the templates are read from. */
    public static final String RESOURCE = "sms-templates.json";
    /** The length of one SMS in Chinese (70 characters; a longer one is split and billed as several). */
    public static final int MAX_LENGTH = 70;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_IN_A_PARAMETER = Pattern.compile("https?://|www\\.|[\\r\\n【】]");

    private final Map<String, Definition> byEventType;
    private final Map<String, Map<String, Template>> parameterTemplates = new LinkedHashMap<>();
    private final SmsConfig config;

    /** One template: its text and where each of its parameters comes from, in the text's order. */
    public record Definition(String text, LinkedHashMap<String, String> parameters) {
    }

    /** A message as one SMS: the template's name, the parameters the vendor fills in and the text they make. */
    public record Rendered(String template, Map<String, String> parameters, String text) {
    }

    SmsTemplates(Engine engine, SmsConfig config) {
        this.config = config;
        this.byEventType = load();
        byEventType.forEach((eventType, definition) -> {
            check(eventType, definition, config.signName(), config.parameterMaxLength());
            Map<String, Template> parameters = new LinkedHashMap<>();
            definition.parameters().forEach((name, expression) -> parameters.put(name, engine.parse(expression)));
            parameterTemplates.put(eventType, parameters);
        });
    }

    /** Whether an event type goes by SMS: a provider is configured and the template has an approved code. */
    public boolean offers(String eventType) {
        return config.provider().isPresent() && byEventType.containsKey(eventType)
                && config.templateCode().containsKey(eventType);
    }

    /** The vendor's code of the template for an event type. */
    public Optional<String> codeOf(String eventType) {
        return Optional.ofNullable(config.templateCode().get(eventType));
    }

    /** @param model what the message templates read: {@code data}, {@code recipient}, {@code ref} */
    public Rendered render(String eventType, Map<String, Object> model) {
        Definition definition = byEventType.get(eventType);
        if (definition == null) {
            throw new IllegalStateException("no SMS template for " + eventType);
        }
        Map<String, String> values = new LinkedHashMap<>();
        parameterTemplates.get(eventType).forEach((name, template) ->
                values.put(name, parameter(template.data(model).render(), config.parameterMaxLength())));
        String text = "【" + config.signName() + "】" + fill(definition.text(), values);
        return new Rendered("sms/" + eventType, values, text);
    }

    /** The template's text with its placeholders filled. */
    static String fill(String text, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(values.get(placeholder.group(1))));
        }
        return placeholder.appendTail(filled).toString();
    }

    /** A value as the vendors accept it: no link, no line break, no 【】, at most {@code longest} characters. */
    static String parameter(String value, int longest) {
        String clean = WHITESPACE.matcher(NOT_IN_A_PARAMETER.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
        return clean.codePointCount(0, clean.length()) <= longest ? clean
                : clean.substring(0, clean.offsetByCodePoints(0, longest - 1)) + "…";
    }

    private static Map<String, Definition> load() {
        try (InputStream resource = SmsTemplates.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (resource == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Map<String, Definition> templates = new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(resource, new TypeReference<LinkedHashMap<String, Definition>>() { });
            return templates;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Refuses a template the vendors would refuse or that could not fit one SMS with this signature. */
    static void check(String eventType, Definition definition, String signName, int longestParameter) {
        if (EventCatalog.ALL.stream().map(EventType::type).noneMatch(eventType::equals)) {
            throw new IllegalArgumentException("an SMS template for an event type outside the catalog: " + eventType);
        }
        Matcher placeholder = PLACEHOLDER.matcher(definition.text());
        LinkedHashMap<String, String> named = new LinkedHashMap<>();
        while (placeholder.find()) {
            named.put(placeholder.group(1), "");
        }
        if (!named.keySet().stream().toList().equals(definition.parameters().keySet().stream().toList())) {
            throw new IllegalArgumentException(eventType + ": the parameters must be the text's placeholders, in its"
                    + " order: " + named.keySet());
        }
        int longest = PLACEHOLDER.matcher(definition.text()).replaceAll("x".repeat(longestParameter)).length()
                + ("【" + signName + "】").length();
        if (longest > MAX_LENGTH) {
            throw new IllegalArgumentException(eventType + ": with every parameter at its longest the text and its"
                    + " signature are " + longest + " characters, longer than one SMS (" + MAX_LENGTH + ")");
        }
    }
}
