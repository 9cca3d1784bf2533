package org.aftersales.notification.notify;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.EventCatalog;
import org.aftersales.events.EventType;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.customer.CustomerEvents;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.parts.SpareRequestEvents;
import org.aftersales.events.recall.RecallEvents;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.notification.returnvisit.ReturnVisits;
import org.aftersales.notification.survey.Surveys;
import org.aftersales.notification.ticket.TicketViews;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.aftersales.platform.installedbase.InstalledBase;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Applies the events of the other services once each: keeps what the service knows of tickets and contracts, tells
 * everybody the rules name ({@link Notifier}) of tickets, devices, complaints, spares on site and recalls, schedules a
 * return visit and sends a satisfaction survey for a closed ticket, and schedules contracts' periodic return visits
 * (with the customer archive's key customers). Device and contract events also keep the platform's installed-base
 * copy, applied once by a consumer of its own ({@code installed-base}) before the service's handlers, so a closed
 * ticket's survey finds the contract in force.
 */
@ApplicationScoped
public class EventsConsumer {

    private final EventInbox inbox;
    private final Notifier notifier;
    private final EventHandlers handlers = new EventHandlers();
    private final Set<String> handledTypes = new HashSet<>();
    private final ReturnVisits returnVisits;
    private final Surveys surveys;
    /** The platform's installed-base copy (ADR 0030), a consumer of its own of the same device and contract events. */
    private final EventHandlers installedBaseHandlers;

    EventsConsumer(EventInbox inbox, Notifier notifier, TicketViews tickets, ReturnVisits returnVisits,
            Surveys surveys, InstalledBase installedBase) {
        this.inbox = inbox;
        this.notifier = notifier;
        this.returnVisits = returnVisits;
        this.surveys = surveys;
        this.installedBaseHandlers = installedBase.copyContractEvents(
                installedBase.copyDeviceEvents(new EventHandlers("installed-base")));
        on(TicketEvents.CREATED, event -> {
            tickets.created(event.data());
            notifier.notify(event, event.data().customerOrganisation(), Optional.empty());
        });
        on(TicketEvents.ESCALATED, event -> notifier.notify(event, event.data().customerOrganisation(),
                Optional.of(event.data().toLevel())));
        notifying(TicketEvents.RESOLVED, data -> data.customerOrganisation());
        notifying(TicketEvents.SLA_WARNING, data -> data.customerOrganisation());
        notifying(TicketEvents.SLA_BREACHED, data -> data.customerOrganisation());
        notifying(TicketEvents.INSPECTION_DUE, data -> data.customerOrganisation());
        notifying(DeviceEvents.REMEDY_DUE, data -> data.customerOrganisation());
        EventCatalog.ALL.stream().filter(type -> type.payloadType() == TicketStatusChanged.class)
                .forEach(type -> onStatusChange(type, tickets));
        notifying(ComplaintEvents.RECEIVED, data -> data.customerOrganisation());
        List.of(ComplaintEvents.CONTACTED, ComplaintEvents.DETERMINED, ComplaintEvents.SOLVED,
                ComplaintEvents.REOPENED, ComplaintEvents.CLOSED)
                .forEach(type -> notifying(type, data -> data.customerOrganisation()));
        notifying(ComplaintEvents.ESCALATED, data -> data.customerOrganisation());
        notifying(ComplaintEvents.DEADLINE_WARNING, data -> data.customerOrganisation());
        notifying(ComplaintEvents.DEADLINE_BREACHED, data -> data.customerOrganisation());
        List.of(SpareRequestEvents.DISPATCHED, SpareRequestEvents.DELIVERED, SpareRequestEvents.SLA_WARNING,
                SpareRequestEvents.SLA_BREACHED).forEach(type -> notifying(type, data -> data.customerOrganisation()));
        notifying(RecallEvents.CUSTOMER_NOTICE, data -> data.customerOrganisation());
        // Contracts and the customer archive are kept for return visits only: nobody is told, no webhook offers them.
        handlers.on(ContractEvents.ACTIVATED, event -> returnVisits.contractActivated(event.data()));
        handlers.on(ContractEvents.TERMINATED, event -> returnVisits.contractTerminated(event.data()));
        handlers.on(CustomerEvents.REGISTERED, event -> returnVisits.customerChanged(event.data()));
        handlers.on(CustomerEvents.UPDATED, event -> returnVisits.customerChanged(event.data()));
    }

    /** The event types this service applies: those a partner's webhook can subscribe to. */
    public Set<String> handledTypes() {
        return Set.copyOf(handledTypes);
    }

    private <T> void on(EventType<T> type, Consumer<CloudEvent<T>> action) {
        handlers.on(type, action);
        handledTypes.add(type.type());
    }

    private <T> void notifying(EventType<T> type, Function<T, String> customerOrganisation) {
        on(type, event -> notifier.notify(event, customerOrganisation.apply(event.data()), Optional.empty()));
    }

    @SuppressWarnings("unchecked")
    private void onStatusChange(EventType<?> type, TicketViews tickets) {
        on((EventType<TicketStatusChanged>) type, event -> {
            tickets.changed(event.data());
            notifier.notify(event, event.data().customerOrganisation(), Optional.empty());
            if (type == TicketEvents.CLOSED) {
                returnVisits.ticketClosed(event.data());
                surveys.ticketClosed(event.data());
            }
        });
    }

    @Incoming("ticket-events")
    @Blocking
    public void ticketEvent(String message) {
        inbox.consume(message, handlers);
    }

    @Incoming("contract-events")
    @Blocking
    public void contractEvent(String message) {
        inbox.consume(message, installedBaseHandlers);
        inbox.consume(message, handlers);
    }

    @Incoming("device-events")
    @Blocking
    public void deviceEvent(String message) {
        inbox.consume(message, installedBaseHandlers);
        inbox.consume(message, handlers);
    }

    @Incoming("complaint-events")
    @Blocking
    public void complaintEvent(String message) {
        inbox.consume(message, handlers);
    }

    @Incoming("spare-request-events")
    @Blocking
    public void spareRequestEvent(String message) {
        inbox.consume(message, handlers);
    }

    @Incoming("recall-events")
    @Blocking
    public void recallEvent(String message) {
        inbox.consume(message, handlers);
    }

    @Incoming("customer-events")
    @Blocking
    public void customerEvent(String message) {
        inbox.consume(message, handlers);
    }
}
