package org.aftersales.notification.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.aftersales.events.customer.CustomerChanged;

/**
 * What notification-service keeps of warranty-service's customer archive (客户档案): each customer organisation's
 * contacts and whether it is a key customer (重点客户), from {@code aftersales.customer.*}. Events carry the whole record
 * with its version; an older version than the one kept (a redelivery out of order) changes nothing.
 */
@ApplicationScoped
public class CustomerArchiveCopy {

    private static final TypeReference<List<CustomerChanged.Contact>> CONTACTS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper json;

    CustomerArchiveCopy(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /**
     * Keeps the record unless a newer version is kept already.
     *
     * @return whether the record was kept (false for a stale version)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean changed(CustomerChanged customer) {
        return entityManager.createNativeQuery("""
                        insert into customer_copy (organisation, name, key_customer, contacts, version, changed_at)
                        values (?1, ?2, ?3, cast(?4 as jsonb), ?5, ?6)
                        on conflict (organisation) do update
                        set name = excluded.name, key_customer = excluded.key_customer, contacts = excluded.contacts,
                            version = excluded.version, changed_at = excluded.changed_at
                        where customer_copy.version < excluded.version""")
                .setParameter(1, customer.organisation())
                .setParameter(2, customer.name())
                .setParameter(3, customer.keyCustomer())
                .setParameter(4, write(customer.contacts()))
                .setParameter(5, customer.version())
                .setParameter(6, Timestamp.from(customer.changedAt()))
                .executeUpdate() == 1;
    }

    /** Whether the archive marks the organisation a key customer; false for one it does not hold. */
    public boolean isKeyCustomer(String organisation) {
        return !entityManager.createNativeQuery(
                        "select 1 from customer_copy where organisation = ?1 and key_customer")
                .setParameter(1, organisation)
                .getResultList().isEmpty();
    }

    /** The archive's contacts of the organisation, in its order; none for one it does not hold. */
    public List<CustomerChanged.Contact> contacts(String organisation) {
        List<?> found = entityManager.createNativeQuery(
                        "select cast(contacts as varchar) from customer_copy where organisation = ?1")
                .setParameter(1, organisation)
                .getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        try {
            return json.readValue((String) found.getFirst(), CONTACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("customer_copy.contacts of " + organisation + " cannot be read", e);
        }
    }

    /**
     * The email address the archive gives the organisation's contact with this phone number (the same digits, however
     * written), when it gives one.
     */
    public Optional<String> emailOf(String organisation, String phone) {
        String digits = digits(phone);
        return digits.isEmpty() ? Optional.empty() : contacts(organisation).stream()
                .filter(contact -> contact.email() != null && digits.equals(digits(contact.phone())))
                .map(CustomerChanged.Contact::email)
                .findFirst();
    }

    private static String digits(String phone) {
        return phone == null ? "" : phone.replaceAll("[^0-9]", "");
    }

    private String write(List<CustomerChanged.Contact> contacts) {
        try {
            return json.writeValueAsString(contacts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contacts cannot be written", e);
        }
    }
}
