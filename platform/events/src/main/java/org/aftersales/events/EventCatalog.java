package org.aftersales.events;

import java.util.List;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.events.contract.ContractEvents;
import org.aftersales.events.customer.CustomerEvents;
import org.aftersales.events.device.DeviceEvents;
import org.aftersales.events.notification.HotlineEvents;
import org.aftersales.events.notification.ReturnVisitEvents;
import org.aftersales.events.notification.SurveyEvents;
import org.aftersales.events.parts.LoanerEvents;
import org.aftersales.events.parts.OldPartEvents;
import org.aftersales.events.parts.PartMovementEvents;
import org.aftersales.events.parts.ReplenishmentOrderEvents;
import org.aftersales.events.parts.ReservationEvents;
import org.aftersales.events.parts.RmaEvents;
import org.aftersales.events.parts.SpareRequestEvents;
import org.aftersales.events.parts.StockEvents;
import org.aftersales.events.recall.RecallEvents;
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
            ReservationEvents.MADE, ReservationEvents.RELEASED, PartMovementEvents.ISSUED, PartMovementEvents.CONSUMED,
            PartMovementEvents.RETURNED, OldPartEvents.RECEIVED, OldPartEvents.TESTED, RmaEvents.SENT, RmaEvents.CLOSED,
            LoanerEvents.LENT, LoanerEvents.RECOVERED, LoanerEvents.OVERDUE, StockEvents.BELOW_MINIMUM,
            ReplenishmentOrderEvents.PLACED, ReplenishmentOrderEvents.RECEIVED, ReplenishmentOrderEvents.CANCELLED,
            SpareRequestEvents.CREATED, SpareRequestEvents.DISPATCHED, SpareRequestEvents.DELIVERED,
            SpareRequestEvents.CANCELLED, SpareRequestEvents.SLA_WARNING, SpareRequestEvents.SLA_BREACHED,
            TicketEvents.SLA_BREACH_WITHDRAWN, TicketEvents.LOANER_DUE,
            ComplaintEvents.RECEIVED, ComplaintEvents.CONTACTED, ComplaintEvents.DETERMINED, ComplaintEvents.SOLVED,
            ComplaintEvents.REOPENED, ComplaintEvents.ESCALATED, ComplaintEvents.CLOSED,
            ComplaintEvents.DEADLINE_WARNING, ComplaintEvents.DEADLINE_BREACHED, ComplaintEvents.INVESTIGATING,
            ComplaintEvents.APPROVED, ComplaintEvents.REVISION_REQUESTED, ComplaintEvents.SOLUTION_STARTED,
            ComplaintEvents.FOLLOWED_UP,
            RecallEvents.STARTED, RecallEvents.CUSTOMER_NOTICE, RecallEvents.PROGRESS, RecallEvents.CLOSED,
            ReturnVisitEvents.RECORDED, ReturnVisitEvents.DUE_WARNING, ReturnVisitEvents.BREACHED,
            SurveyEvents.ANSWERED, HotlineEvents.ANNOUNCED, CustomerEvents.REGISTERED, CustomerEvents.UPDATED);

    private EventCatalog() {
    }
}
