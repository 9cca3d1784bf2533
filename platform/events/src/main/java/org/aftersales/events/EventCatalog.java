package org.aftersales.events;

import java.util.List;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.notification.ReturnVisitEvents;
import org.aftersales.events.ticket.TicketEvents;

/** Every event type of the suite, in one list: the contract that producers and consumers share. */
public final class EventCatalog {

    public static final List<EventType<?>> ALL = List.of(TicketEvents.CREATED, TicketEvents.ACKNOWLEDGED,
            TicketEvents.DIAGNOSING, TicketEvents.DISPATCHED, TicketEvents.ON_SITE, TicketEvents.WAITING,
            TicketEvents.RESUMED, TicketEvents.RESOLVED, TicketEvents.ANSWERED, TicketEvents.CONFIRMED,
            TicketEvents.REJECTED, TicketEvents.CLOSED, TicketEvents.REOPENED, TicketEvents.CANCELLED,
            TicketEvents.SLA_WARNING, TicketEvents.SLA_BREACHED, TicketEvents.ESCALATED, TicketEvents.REPORT_SUBMITTED,
            TicketEvents.INSPECTION_DUE, TicketEvents.INSPECTION_DONE,
            DeviceEvents.REGISTERED, ContractEvents.ACTIVATED, DeviceEvents.REMEDY_DUE, DeviceEvents.ACCEPTED,
            DeviceEvents.TRANSFERRED, DeviceEvents.REPLACED, ContractEvents.TERMINATED,
            ReturnVisitEvents.RECORDED, ReturnVisitEvents.DUE_WARNING, ReturnVisitEvents.BREACHED);

    private EventCatalog() {
    }
}
