package org.aftersales.notification.notify;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.aftersales.notification.rules.RecipientResolver;

/**
 * The message templates (Qute): one per event type and language,
 * {@code templates/messages/<aggregate>.<event>.<lang>.txt}, with a fragment per part: {@code title} and
 * {@code body}. A language without a template falls back to {@value RecipientResolver#DEFAULT_LANGUAGE}.
 */
@ApplicationScoped
public class MessageTemplates {

    private final Engine engine;

    MessageTemplates(Engine engine) {
        this.engine = engine;
    }

    /** A message as rendered for one channel and language. */
    public record Rendered(String template, String language, String title, String body) {
    }

    /**
     * @param data what the template reads: the event's payload as {@code data}, the {@code recipient}'s name and
     *     {@code ref}, the short reference of what it is about (the first 8 characters of its id)
     */
    public Rendered render(String eventType, String language, Map<String, Object> data) {
        String name = name(eventType);
        String used = language;
        Template template = engine.getTemplate(id(name, language));
        if (template == null) {
            used = RecipientResolver.DEFAULT_LANGUAGE;
            template = engine.getTemplate(id(name, used));
        }
        if (template == null) {
            throw new IllegalStateException("no template for " + eventType);
        }
        String title = part(template, "title", data);
        String body = part(template, "body", data);
        return new Rendered(name, used, title, body);
    }

    private static String part(Template template, String fragment, Map<String, Object> data) {
        return template.getFragment(fragment).data(data).render().strip();
    }

    /** {@code ticket.sla-breached} for {@code aftersales.ticket.sla-breached.v1}. */
    static String name(String eventType) {
        return "messages/" + eventType.substring("aftersales.".length(), eventType.lastIndexOf(".v"));
    }

    private static String id(String name, String language) {
        return name + "." + language + ".txt";
    }
}
