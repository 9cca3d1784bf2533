package org.aftersales.ticket.spare;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.parts.SpareRequestChanged;
import org.aftersales.events.parts.SpareRequestEvents;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.aftersales.ticket.intake.TicketDesk;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * 备品备件 on the ticket: keeps each spare request parts-service reports for a ticket
 * ({@code aftersales.spare-request.created/dispatched/delivered/cancelled.v1}, and its deadline's warning and breach),
 * applied once each by the inbox; an event older than the one stored changes nothing. When one is delivered and no
 * other of the ticket is still on its way, a ticket WAITING for PARTS resumes ({@link TicketDesk#resumeWhenPartsArrived}):
 * the clocks the contract paused for parts count again and {@code ticket.resumed.v1} is published. The request side
 * is {@code ticket.waiting.v1} with {@code waitingFor} PARTS, which parts-service may consume.
 */
@ApplicationScoped
public class SpareRequests {

    /** Who resumes a ticket when its parts arrive: the service that delivered them. */
    static final String RESUMED_BY = "parts-service";

    private final EventInbox inbox;
    private final TicketDesk desk;
    private final EventHandlers handlers;

    SpareRequests(EventInbox inbox, TicketDesk desk) {
        this.inbox = inbox;
        this.desk = desk;
        this.handlers = new EventHandlers()
                .on(SpareRequestEvents.CREATED, this::changed)
                .on(SpareRequestEvents.DISPATCHED, this::changed)
                .on(SpareRequestEvents.DELIVERED, this::delivered)
                .on(SpareRequestEvents.CANCELLED, this::changed)
                .on(SpareRequestEvents.SLA_WARNING, this::changed)
                .on(SpareRequestEvents.SLA_BREACHED, this::changed);
    }

    @Incoming("spare-request-events")
    @Blocking
    public void consume(String message) {
        inbox.consume(message, handlers);
    }

    /** The ticket's spare requests, oldest deadline first. */
    public List<TicketSpareRequest> of(UUID ticketId) {
        return TicketSpareRequest.list("ticketId = ?1 order by deadline, requestId", ticketId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void changed(CloudEvent<SpareRequestChanged> event) {
        store(event.data());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void delivered(CloudEvent<SpareRequestChanged> event) {
        SpareRequestChanged delivered = event.data();
        if (store(delivered) && of(delivered.ticketId()).stream().noneMatch(TicketSpareRequest::onItsWay)) {
            desk.resumeWhenPartsArrived(delivered.ticketId(), "备件已到场: spare request " + delivered.requestId()
                    + " delivered" + (delivered.by() == null ? "" : ", received by " + delivered.by()), RESUMED_BY);
        }
    }

    /** Stores what the event says unless a later event was stored already; whether it was stored. */
    private boolean store(SpareRequestChanged changed) {
        TicketSpareRequest request = TicketSpareRequest.findById(changed.requestId());
        if (request != null && changed.at().isBefore(request.changedAt)) {
            return false;
        }
        boolean isNew = request == null;
        if (isNew) {
            request = new TicketSpareRequest();
            request.requestId = changed.requestId();
        }
        request.ticketId = changed.ticketId();
        request.partNumber = changed.partNumber();
        request.model = changed.model();
        request.quantity = changed.quantity();
        request.warehouseId = changed.warehouseId();
        request.deadline = changed.deadline();
        request.state = changed.state();
        request.deadlineState = changed.deadlineState();
        request.changedBy = changed.by();
        request.changedAt = changed.at();
        if (isNew) {
            request.persist();
        }
        return true;
    }
}
