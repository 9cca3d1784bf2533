package org.aftersales.notification.notify;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCodec;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.delivery.Deliveries;
import org.aftersales.notification.delivery.OutgoingMessage;
import org.aftersales.notification.preference.Preference;
import org.aftersales.notification.preference.Preferences;
import org.aftersales.notification.rules.EventFacts;
import org.aftersales.notification.rules.NotificationRules;
import org.aftersales.notification.rules.Recipient;
import org.aftersales.notification.rules.RecipientResolver;
import org.aftersales.notification.sms.SmsTemplates;
import org.aftersales.notification.staff.StaffDirectory;
import org.aftersales.notification.ticket.TicketView;
import org.aftersales.notification.ticket.TicketViews;
import org.aftersales.notification.webhook.WebhookEndpoint;
import org.aftersales.notification.webhook.WebhookEndpoints;
import org.aftersales.notification.webhook.WebhookSender;

/**
 * Tells everybody the rules name of an event: resolves the recipients, renders each message in the recipient's
 * language and stores it for delivery, in the transaction that applies the event, as the recipient's preference
 * says: suppressed for a channel they turned off, held to the end of their quiet hours unless urgent (an urgent rule,
 * or anything about a 一级 ticket). Partner systems whose webhook endpoints subscribed to the event's type get the
 * event itself.
 */
@ApplicationScoped
public class Notifier {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    private final RecipientResolver recipients;
    private final MessageTemplates templates;
    private final Deliveries deliveries;
    private final TicketViews tickets;
    private final WebhookEndpoints webhooks;
    private final SmsTemplates sms;
    private final Preferences preferences;
    private final ObjectMapper json;
    @Inject
    Clock clock;

    Notifier(StaffDirectory staff, MessageTemplates templates, SmsTemplates sms, Preferences preferences,
            Deliveries deliveries, TicketViews tickets, WebhookEndpoints webhooks, ObjectMapper json) {
        this.recipients = new RecipientResolver(NotificationRules.load(), staff);
        this.sms = sms;
        this.preferences = preferences;
        this.webhooks = webhooks;
        this.templates = templates;
        this.deliveries = deliveries;
        this.tickets = tickets;
        this.json = json;
    }

    /**
     * @param customerOrganisation the organisation the event belongs to; null for a walk-in complainant, whom no
     *     organisation inbox or partner system hears of
     * @param escalationLevel the level a ticket was escalated to, for an escalation
     */
    public void notify(CloudEvent<?> event, String customerOrganisation, Optional<String> escalationLevel) {
        Map<String, Object> data = json.convertValue(event.data(), FIELDS);
        Optional<TicketView> ticket = ticketOf(data);
        Optional<EventFacts.Contact> contact = ticket
                .map(view -> new EventFacts.Contact(view.contactName, view.contactPhone))
                .or(() -> complainantOf(data));
        EventFacts facts = new EventFacts(event.id(), event.type(), event.subject(), customerOrganisation, data,
                contact, ticket.map(view -> view.assignedEngineer), escalationLevel);
        Instant now = Instant.now(clock);
        boolean aboutCriticalTicket = ticket.map(view -> FaultLevel.CRITICAL.name().equals(view.faultLevel))
                .orElse(false);
        for (RecipientResolver.Addressed to : recipients.resolve(facts)) {
            tell(event, customerOrganisation, data, to, to.urgent() || aboutCriticalTicket, now);
        }
        List<WebhookEndpoint> subscribed = customerOrganisation == null ? List.of()
                : webhooks.subscribedTo(event.type(), customerOrganisation);
        if (!subscribed.isEmpty()) {
            String body = EventCodec.encode(event);
            for (WebhookEndpoint endpoint : subscribed) {
                deliveries.enqueue(new OutgoingMessage(event.id(), event.type(), event.subject(),
                        customerOrganisation, WebhookSender.recipient(endpoint.id), endpoint.id.toString(),
                        Channel.WEBHOOK, WebhookSender.TEMPLATE, "-", event.type(), body), now);
            }
        }
    }

    /**
     * Tells an event to recipients the caller chose instead of the rules (every contact of each organisation, for a
     * hotline change notice), each by their preference.
     *
     * @param addressed per customer organisation, whom to tell there
     */
    public void tell(CloudEvent<?> event, Map<String, List<RecipientResolver.Addressed>> addressed) {
        Map<String, Object> data = json.convertValue(event.data(), FIELDS);
        Instant now = Instant.now(clock);
        addressed.forEach((organisation, recipients) ->
                recipients.forEach(to -> tell(event, organisation, data, to, to.urgent(), now)));
    }

    /** Renders one message for its channel and stores it as the recipient's preference says. */
    private void tell(CloudEvent<?> event, String customerOrganisation, Map<String, Object> data,
            RecipientResolver.Addressed to, boolean urgent, Instant now) {
        Map<String, Object> model = new HashMap<>();
        model.put("data", data);
        model.put("recipient", to.recipient().name());
        model.put("ref", shortReference(event.subject()));
        OutgoingMessage message;
        if (to.channel() == Channel.SMS) {
            if (!sms.offers(event.type())) {
                return;
            }
            SmsTemplates.Rendered text = sms.render(event.type(), model);
            message = new OutgoingMessage(event.id(), event.type(), event.subject(), customerOrganisation,
                    to.recipient().key(), to.address(), Channel.SMS, text.template(),
                    RecipientResolver.DEFAULT_LANGUAGE, text.text(), text.text(),
                    json.valueToTree(text.parameters()).toString());
        } else {
            MessageTemplates.Rendered rendered = templates.render(event.type(), to.recipient().language(), model);
            message = new OutgoingMessage(event.id(), event.type(), event.subject(), customerOrganisation,
                    to.recipient().key(), to.address(), to.channel(), rendered.template(), rendered.language(),
                    rendered.title(), rendered.body());
        }
        deliver(message, to.recipient(), customerOrganisation, urgent, now);
    }

    /**
     * Stores a rendered message as its recipient's preference says: suppressed when they turned its channel off, else
     * sent now or, when it can wait, at the end of their quiet hours.
     */
    public void deliver(OutgoingMessage message, Recipient recipient, String customerOrganisation, boolean urgent,
            Instant now) {
        Preference preference = preferences.of(recipient, customerOrganisation);
        if (preference.suppresses(message.channel())) {
            deliveries.suppress(message, now);
        } else {
            deliveries.enqueue(message, now, preference.sendAt(message.channel(), urgent, now));
        }
    }

    /** The first 8 characters of an id: enough for a person to tell tickets apart in a message. */
    public static String shortReference(String id) {
        return id.length() <= 8 ? id : id.substring(0, 8);
    }

    /** The complainant (投诉人) a complaint's event names, at the addresses they gave. */
    private static Optional<EventFacts.Contact> complainantOf(Map<String, Object> data) {
        return data.get("complainant") instanceof Map<?, ?> complainant && complainant.get("name") instanceof String name
                ? Optional.of(new EventFacts.Contact(name, (String) complainant.get("phone"),
                        (String) complainant.get("email")))
                : Optional.empty();
    }

    private Optional<TicketView> ticketOf(Map<String, Object> data) {
        return data.get("ticketId") instanceof String ticketId ? tickets.find(UUID.fromString(ticketId))
                : Optional.empty();
    }
}
