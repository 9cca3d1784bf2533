package org.aftersales.notification.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.sms.MobileNumber;
import org.aftersales.notification.staff.StaffDirectory;
import org.aftersales.notification.staff.StaffMember;

/** Turns an event's rules into the recipients and channels of its messages: one per recipient and channel. */
public final class RecipientResolver {

    /** Customers are written to in the default language (ADR 0018). */
    public static final String DEFAULT_LANGUAGE = "zh-CN";

    private final NotificationRules rules;
    private final StaffDirectory staff;

    public RecipientResolver(NotificationRules rules, StaffDirectory staff) {
        this.rules = rules;
        this.staff = staff;
    }

    /**
     * A recipient, reached over one channel at one address.
     *
     * @param urgent whether a rule naming them for this channel is urgent: never held for quiet hours
     */
    public record Addressed(Recipient recipient, Channel channel, String address, boolean urgent) {
    }

    public List<Addressed> resolve(EventFacts facts) {
        Map<String, Addressed> unique = new LinkedHashMap<>();
        for (NotificationRule rule : rules.of(facts.eventType())) {
            if (!rule.appliesTo(facts.data())) {
                continue;
            }
            recipients(rule, facts).forEach(recipient -> rule.channels().forEach(channel -> {
                String address = recipient.addresses().get(channel);
                if (address != null) {
                    unique.merge(recipient.key() + " " + channel,
                            new Addressed(recipient, channel, address, rule.urgent()),
                            (first, again) -> again.urgent() && !first.urgent() ? again : first);
                }
            }));
        }
        return new ArrayList<>(unique.values());
    }

    private Stream<Recipient> recipients(NotificationRule rule, EventFacts facts) {
        return switch (rule.to()) {
            case CUSTOMER_CONTACT -> facts.contact().stream()
                    .map(contact -> contact(contact, facts.customerOrganisation()));
            case CUSTOMER_ORGANISATION -> Optional.ofNullable(facts.customerOrganisation()).stream()
                    .map(RecipientResolver::organisation);
            case PARTNER -> Optional.ofNullable(facts.customerOrganisation()).flatMap(RecipientResolver::parent)
                    .stream().map(RecipientResolver::organisation);
            case ASSIGNED_ENGINEER -> facts.assignedEngineer().flatMap(staff::byUsername).stream().map(this::of);
            case DUTY_AGENT -> staff.dutyAgents().stream().map(this::of);
            case ROLE -> staff.withRole(rule.role()).stream().map(this::of);
            case ESCALATION_LEVEL -> facts.escalationLevel().stream()
                    .flatMap(level -> staff.atEscalationLevel(level).stream()).map(this::of);
        };
    }

    /**
     * A contact, keyed by phone (or email), in the organisation's inbox, at the email address they gave and by SMS at
     * a mobile number.
     *
     * @param organisation theirs; null for a walk-in complainant
     */
    public static Recipient contact(EventFacts.Contact contact, String organisation) {
        Map<Channel, String> addresses = new EnumMap<>(Channel.class);
        if (organisation != null) {
            addresses.put(Channel.IN_APP, organisation);
        }
        if (contact.email() != null) {
            addresses.put(Channel.EMAIL, contact.email());
        }
        MobileNumber.of(contact.phone()).ifPresent(mobile -> addresses.put(Channel.SMS, mobile.e164()));
        String key = contact.phone() != null ? contact.phone()
                : contact.email() != null ? contact.email() : contact.name();
        return new Recipient("contact:" + key, contact.name(), DEFAULT_LANGUAGE, addresses);
    }

    /** An organisation itself: its inbox. */
    public static Recipient organisation(String organisation) {
        return new Recipient("organisation:" + organisation, organisation, DEFAULT_LANGUAGE,
                Map.of(Channel.IN_APP, organisation));
    }

    /** The organisation above one ({@code dealer-a} above {@code dealer-a/customer-a}), unless it is the top. */
    private static Optional<String> parent(String organisation) {
        int slash = organisation.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(organisation.substring(0, slash));
    }

    private Recipient of(StaffMember member) {
        Map<Channel, String> addresses = new EnumMap<>(Channel.class);
        addresses.put(Channel.IN_APP, member.username());
        member.email().ifPresent(email -> addresses.put(Channel.EMAIL, email));
        member.phone().flatMap(MobileNumber::of).ifPresent(mobile -> addresses.put(Channel.SMS, mobile.e164()));
        return new Recipient("user:" + member.username(), member.name(), member.language(), addresses);
    }
}
