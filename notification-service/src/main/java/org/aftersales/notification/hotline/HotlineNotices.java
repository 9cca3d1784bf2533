package org.aftersales.notification.hotline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.notification.HotlineAnnounced;
import org.aftersales.events.notification.HotlineEvents;
import org.aftersales.notification.customer.CustomerArchiveCopy;
import org.aftersales.notification.delivery.Channel;
import org.aftersales.notification.notify.Notifier;
import org.aftersales.notification.rules.EventFacts;
import org.aftersales.notification.rules.Recipient;
import org.aftersales.notification.rules.RecipientResolver;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.security.Organisations;

/**
 * Announces a new hotline or duty number to every customer it concerns at once, in the announcing transaction: each
 * customer organisation's inbox and every contact the service knows of it (the contacts of its tickets and those of
 * warranty-service's customer archive), by SMS at a mobile number and by email at an address, each by their
 * preference. The organisations are those named (a partner's: all its customers the service knows) or, with none
 * named, every customer organisation the service knows from tickets, contracts and the customer archive.
 */
@ApplicationScoped
public class HotlineNotices {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Notifier notifier;
    private final CustomerArchiveCopy customers;

    HotlineNotices(EntityManager entityManager, Outbox outbox, Notifier notifier, CustomerArchiveCopy customers) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.notifier = notifier;
        this.customers = customers;
    }

    /** What a manager announces, checked: the number, its kind, when it takes effect and whom it concerns. */
    public record Announcement(String kind, String number, String previousNumber, Instant effectiveAt,
            List<String> organisations) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public HotlineNotice announce(Announcement announcement, String manager, Instant now) {
        SortedSet<String> organisations = concerned(announcement.organisations());
        HotlineNotice notice = new HotlineNotice();
        notice.id = UUID.randomUUID();
        notice.kind = announcement.kind();
        notice.number = announcement.number();
        notice.previousNumber = announcement.previousNumber();
        notice.effectiveAt = announcement.effectiveAt();
        notice.organisations = String.join(",", organisations);
        notice.announcedBy = manager;
        notice.announcedAt = now;
        CloudEvent<HotlineAnnounced> event = outbox.append(HotlineEvents.ANNOUNCED, notice.id.toString(), now,
                new HotlineAnnounced(notice.id, notice.kind, notice.number, notice.previousNumber, notice.effectiveAt,
                        notice.effectiveAt.atZone(ServiceCalendar.DEFAULT_ZONE).toLocalDate(),
                        List.copyOf(organisations), manager, now));
        notice.eventId = event.id();
        notice.persist();
        Map<String, List<RecipientResolver.Addressed>> addressed = new LinkedHashMap<>();
        organisations.forEach(organisation -> addressed.put(organisation, recipients(organisation)));
        notifier.tell(event, addressed);
        return notice;
    }

    /** The organisation's inbox and each of its known contacts by SMS and email (their inbox is the organisation's). */
    private List<RecipientResolver.Addressed> recipients(String organisation) {
        List<RecipientResolver.Addressed> addressed = new ArrayList<>();
        Recipient inbox = RecipientResolver.organisation(organisation);
        addressed.add(new RecipientResolver.Addressed(inbox, Channel.IN_APP, organisation, false));
        List<EventFacts.Contact> known = new ArrayList<>();
        entityManager.createQuery("""
                        select distinct t.contactName, t.contactPhone from TicketView t
                        where t.customerOrganisation = :organisation order by t.contactPhone, t.contactName""",
                        Object[].class)
                .setParameter("organisation", organisation).getResultList()
                .forEach(contact -> known.add(new EventFacts.Contact((String) contact[0], (String) contact[1], null)));
        customers.contacts(organisation).forEach(contact -> known.add(
                new EventFacts.Contact(contact.name(), contact.phone(), contact.email())));
        Set<String> reached = new HashSet<>();
        for (EventFacts.Contact contact : known) {
            Recipient recipient = RecipientResolver.contact(contact, organisation);
            for (Channel channel : List.of(Channel.SMS, Channel.EMAIL)) {
                String address = recipient.addresses().get(channel);
                if (address != null && reached.add(channel + " " + address)) {
                    addressed.add(new RecipientResolver.Addressed(recipient, channel, address, false));
                }
            }
        }
        return addressed;
    }

    /** The customer organisations a notice concerns: those named and the known ones under them, or every known one. */
    private SortedSet<String> concerned(List<String> named) {
        List<String> known = entityManager.createNativeQuery("""
                        select customer_organisation from ticket_view
                        union select customer_organisation from contract_return_visit_term
                        union select organisation from customer_copy""", String.class)
                .getResultList();
        SortedSet<String> concerned = new TreeSet<>();
        if (named == null || named.isEmpty()) {
            concerned.addAll(known);
            return concerned;
        }
        for (String organisation : named) {
            concerned.add(organisation);
            known.stream().filter(candidate -> Organisations.contains(organisation, candidate)
                    && !candidate.equals(organisation)).forEach(concerned::add);
        }
        // A partner is told of its customers' notices in their inboxes, which it sees: its own needs none.
        concerned.removeIf(organisation -> concerned.stream().anyMatch(other -> !other.equals(organisation)
                && Organisations.contains(organisation, other)));
        return concerned;
    }
}
