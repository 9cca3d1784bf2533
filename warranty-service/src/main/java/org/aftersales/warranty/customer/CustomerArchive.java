package org.aftersales.warranty.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.EventType;
import org.aftersales.events.customer.CustomerChanged;
import org.aftersales.events.customer.CustomerEvents;
import org.aftersales.platform.outbox.Outbox;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.OrganisationScope;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The customer archive (客户档案): customer organisations and their sites, each within the caller's organisations. Every
 * registration and update of a customer is published whole ({@code aftersales.customer.*}), so notification-service
 * knows whom to call and which customers are key customers (重点客户).
 */
@ApplicationScoped
public class CustomerArchive {

    private static final TypeReference<List<Contact>> CONTACTS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Outbox outbox;
    @Inject
    Clock clock;

    CustomerArchive(ObjectMapper json, Outbox outbox) {
        this.json = json;
        this.outbox = outbox;
    }

    /** Registers a customer organisation; 403 outside the caller's organisations, 409 when it is registered. */
    @Transactional
    public CustomerView register(NewCustomer request, Caller caller) {
        String organisation = request.organisation();
        if (!CustomerPaths.isCustomerOrganisation(organisation)) {
            throw ProblemException.badRequest("The organisation is not a customer organisation", List.of(new FieldProblem(
                    "organisation", "must lie under its dealer, e.g. dealer-a/customer-a, and have no segment named sites")));
        }
        if (!mayRegister(organisation, caller)) {
            throw new ProblemException(403, "Forbidden", "organisation " + organisation + " is outside your organisation",
                    List.of(new FieldProblem("organisation", "is not under your organisation")));
        }
        if (Customer.count("organisation", organisation) > 0) {
            throw organisationTaken();
        }
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.organisation = organisation;
        apply(customer, request.name(), request.shortName(), request.contacts(), request.keyCustomer(), request.notes());
        customer.registeredBy = caller.username();
        customer.registeredAt = Instant.now(clock);
        customer.persist();
        try {
            Customer.flush();
        } catch (PersistenceException e) {
            if (unique(e)) {
                throw organisationTaken(); // registered concurrently
            }
            throw e;
        }
        publish(CustomerEvents.REGISTERED, customer, customer.registeredBy, customer.registeredAt);
        return view(customer);
    }

    /** Replaces name, short name, contacts, key-customer flag and notes; 409 when {@code version} is stale. */
    @Transactional
    public CustomerView update(String organisation, CustomerUpdate request, Caller caller) {
        Customer customer = find(organisation, caller);
        if (customer.version != request.version()) {
            throw stale(customer.version);
        }
        apply(customer, request.name(), request.shortName(), request.contacts(), request.keyCustomer(), request.notes());
        customer.updatedBy = caller.username();
        customer.updatedAt = Instant.now(clock);
        try {
            Customer.flush();
        } catch (OptimisticLockException e) {
            throw stale(null); // changed concurrently
        }
        publish(CustomerEvents.UPDATED, customer, customer.updatedBy, customer.updatedAt);
        return view(customer);
    }

    public CustomerView get(String organisation, Caller caller) {
        return view(find(organisation, caller));
    }

    /** A page of the customers the caller may see, optionally of one organisation and below, or key customers only. */
    public CustomerPage list(String organisation, Boolean keyCustomer, int page, int size, Caller caller) {
        OrganisationScope scope = organisation == null ? caller.scope() : caller.scope().narrowedTo(organisation);
        StringBuilder query = new StringBuilder(scope.jpql("organisation"));
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (keyCustomer != null) {
            query.append(" and keyCustomer = :keyCustomer");
            parameters.put("keyCustomer", keyCustomer);
        }
        PanacheQuery<Customer> customers = Customer.find(query.toString(), Sort.by("organisation"), parameters);
        return new CustomerPage(customers.page(Page.of(page, size)).list().stream().map(this::view).toList(), page, size,
                customers.count());
    }

    /** Adds a site to a customer; 409 when the customer has a site of that name. */
    @Transactional
    public SiteView addSite(String organisation, NewSite request, Caller caller) {
        Customer customer = find(organisation, caller);
        String name = request.name().strip();
        if (Site.count("customer = ?1 and name = ?2", customer, name) > 0) {
            throw siteTaken();
        }
        Site site = new Site();
        site.id = UUID.randomUUID();
        site.customer = customer;
        site.name = name;
        site.address = Contact.stripped(request.address());
        site.region = Contact.stripped(request.region());
        site.contact = request.contact() == null ? null : write(request.contact().normalised());
        site.createdBy = caller.username();
        site.createdAt = Instant.now(clock);
        site.persist();
        try {
            Site.flush();
        } catch (PersistenceException e) {
            if (unique(e)) {
                throw siteTaken();
            }
            throw e;
        }
        return view(site);
    }

    public SiteList sites(String organisation, Caller caller) {
        Customer customer = find(organisation, caller);
        List<SiteView> sites = Site.<Site>list("customer", Sort.by("name"), customer).stream().map(this::view).toList();
        return new SiteList(sites, sites.size());
    }

    public SiteView site(String organisation, UUID id, Caller caller) {
        Customer customer = find(organisation, caller);
        Site site = Site.find("id = ?1 and customer = ?2", id, customer).firstResult();
        if (site == null) {
            throw ProblemException.notFound("site", id);
        }
        return view(site);
    }

    /** The customer, or 404 when it is not registered or lies outside the caller's organisations. */
    private Customer find(String organisation, Caller caller) {
        if (!CustomerPaths.isCustomerOrganisation(organisation)) {
            throw ProblemException.notFound("customer", organisation);
        }
        caller.requireAccess(organisation, "customer", organisation);
        Customer customer = Customer.find("organisation", organisation).firstResult();
        if (customer == null) {
            throw ProblemException.notFound("customer", organisation);
        }
        return customer;
    }

    /** Vendor staff register any customer; a partner those strictly below its organisation. */
    private static boolean mayRegister(String organisation, Caller caller) {
        if (caller.isVendorStaff()) {
            return true;
        }
        return caller.organisation().map(own -> organisation.startsWith(own + "/")).orElse(false);
    }

    private void apply(Customer customer, String name, String shortName, List<Contact> contacts, boolean keyCustomer,
            String notes) {
        customer.name = name.strip();
        customer.shortName = Contact.stripped(shortName);
        customer.contacts = write(contacts == null ? List.of() : contacts.stream().map(Contact::normalised).toList());
        customer.keyCustomer = keyCustomer;
        customer.notes = Contact.stripped(notes);
    }

    private void publish(EventType<CustomerChanged> type, Customer c, String by, Instant at) {
        List<CustomerChanged.Contact> contacts = read(c.contacts, CONTACTS).stream()
                .map(p -> new CustomerChanged.Contact(p.name(), p.department(), p.phone(), p.email(), p.role()))
                .toList();
        outbox.append(type, c.id.toString(), at, new CustomerChanged(c.id, c.organisation, c.name, c.shortName,
                c.keyCustomer, contacts, c.version, by, at));
    }

    private CustomerView view(Customer c) {
        return new CustomerView(c.id, c.organisation, CustomerPaths.parent(c.organisation), c.name, c.shortName,
                read(c.contacts, CONTACTS), c.keyCustomer, c.notes, c.registeredBy, c.registeredAt, c.updatedBy,
                c.updatedAt, c.version);
    }

    private SiteView view(Site s) {
        return new SiteView(s.id, s.customer.organisation, s.name, s.address, s.region,
                s.contact == null ? null : read(s.contact, new TypeReference<Contact>() {
                }), s.createdBy, s.createdAt, s.version);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("contacts cannot be written", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored contacts cannot be read", e);
        }
    }

    private static boolean unique(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getKind()
                    == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException organisationTaken() {
        return new ProblemException(409, "Conflict", "A customer with this organisation is registered already",
                List.of(new FieldProblem("organisation", "is registered already")));
    }

    private static ProblemException siteTaken() {
        return new ProblemException(409, "Conflict", "The customer has a site of this name already",
                List.of(new FieldProblem("name", "is taken by another site of this customer")));
    }

    private static ProblemException stale(Long current) {
        String now = current == null ? "" : "; the record is at version " + current;
        return new ProblemException(409, "Conflict", "The customer was changed since you read it; read it again and retry",
                List.of(new FieldProblem("version", "is stale" + now)));
    }
}
