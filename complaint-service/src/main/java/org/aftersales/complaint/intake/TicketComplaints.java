package org.aftersales.complaint.intake;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.aftersales.complaint.handling.Complaint;
import org.aftersales.complaint.handling.ComplaintCategory;
import org.aftersales.complaint.handling.ComplaintChannel;
import org.aftersales.complaint.handling.ComplaintDesk;
import org.aftersales.complaint.handling.ComplaintOrigin;
import org.aftersales.complaint.handling.NewComplaint;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.notification.FollowUp;
import org.aftersales.events.notification.ReturnVisitEvents;
import org.aftersales.events.notification.ReturnVisitRecorded;
import org.aftersales.events.notification.SurveyAnswered;
import org.aftersales.events.notification.SurveyEvents;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.platform.inbox.EventHandlers;
import org.aftersales.platform.inbox.EventInbox;
import org.aftersales.platform.installedbase.InstalledBase;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Complaints that come from a ticket, each event applied once: ticket-service's events keep the ticket's contact, and
 * the customer's rejection of a ticket's result raises a complaint linked to the ticket and its device (at most one per
 * ticket); notification-service's return visits (回访) whose outcome asks for a complaint raise one too, and so do its
 * satisfaction surveys answered with a low score (满意度调查低分), categorised by their low questions.
 */
@ApplicationScoped
public class TicketComplaints {

    /** The longest reason a complaint holds. */
    private static final int MAX_REASON = 4000;

    private final EventInbox inbox;
    private final ComplaintDesk desk;
    private final InstalledBase installedBase;
    private final EventHandlers ticketHandlers;
    private final EventHandlers returnVisitHandlers;
    private final EventHandlers surveyHandlers;

    TicketComplaints(EventInbox inbox, ComplaintDesk desk, InstalledBase installedBase) {
        this.inbox = inbox;
        this.desk = desk;
        this.installedBase = installedBase;
        this.ticketHandlers = new EventHandlers()
                .on(TicketEvents.CREATED, this::created)
                .on(TicketEvents.REJECTED, this::rejected);
        this.returnVisitHandlers = new EventHandlers()
                .on(ReturnVisitEvents.RECORDED, this::returnVisitRecorded);
        this.surveyHandlers = new EventHandlers()
                .on(SurveyEvents.ANSWERED, this::surveyAnswered);
    }

    @Incoming("ticket-events")
    @Blocking
    public void consume(String message) {
        inbox.consume(message, ticketHandlers);
    }

    @Incoming("return-visit-events")
    @Blocking
    public void consumeReturnVisit(String message) {
        inbox.consume(message, returnVisitHandlers);
    }

    @Incoming("survey-events")
    @Blocking
    public void consumeSurvey(String message) {
        inbox.consume(message, surveyHandlers);
    }

    private void created(CloudEvent<TicketCreated> event) {
        TicketCreated created = event.data();
        if (KnownTicket.findById(created.ticketId()) != null || created.contact() == null) {
            return;
        }
        KnownTicket ticket = new KnownTicket();
        ticket.ticketId = created.ticketId();
        ticket.customerOrganisation = created.customerOrganisation();
        ticket.deviceSerial = created.deviceSerial();
        ticket.description = created.description();
        ticket.contactName = created.contact().name();
        ticket.contactPhone = created.contact().phone();
        ticket.persist();
    }

    private void rejected(CloudEvent<TicketStatusChanged> event) {
        TicketStatusChanged rejection = event.data();
        raise(rejection.ticketId(), "客户不接受工单处理结果 / the customer rejected the ticket's result: "
                + (rejection.reason() == null ? "" : rejection.reason()), ComplaintCategory.OTHER,
                ComplaintOrigin.TICKET_REJECTED,
                rejection.changedBy() == null ? "ticket-service" : rejection.changedBy(), rejection.changedAt());
    }

    /** A return visit about a ticket whose outcome asks for a complaint (followUp COMPLAINT) raises one. */
    private void returnVisitRecorded(CloudEvent<ReturnVisitRecorded> event) {
        ReturnVisitRecorded visit = event.data();
        if (visit.followUp() != FollowUp.COMPLAINT || visit.ticketId() == null) {
            return;
        }
        if (KnownTicket.findById(visit.ticketId()) == null) {
            // Never dropped: retried, then dead-lettered with this reason for an operator to replay once it is known.
            throw new IllegalStateException("return visit " + visit.returnVisitId() + " names ticket "
                    + visit.ticketId() + ", whose registration complaint-service has not received");
        }
        raise(visit.ticketId(), "回访中客户不满意 / not satisfied at the return visit: "
                + (visit.customerWords() == null ? "" : visit.customerWords()), ComplaintCategory.OTHER,
                ComplaintOrigin.RETURN_VISIT,
                visit.recordedBy(), visit.recordedAt());
    }

    /**
     * A survey answered with a low score opens the ticket's complaint, origin SURVEY_LOW_SCORE, in the category of its
     * lowest question ({@link SurveyCategory}); once per survey (applied once) and at most one per ticket: when the
     * ticket has a complaint already, from a rejection, a return visit or an earlier survey, that one stands and the
     * survey opens none. A survey naming a ticket not yet known is retried, then dead-lettered for replay.
     */
    private void surveyAnswered(CloudEvent<SurveyAnswered> event) {
        SurveyAnswered survey = event.data();
        if (!survey.lowScore()) {
            return;
        }
        if (KnownTicket.findById(survey.ticketId()) == null) {
            throw new IllegalStateException("survey " + survey.surveyId() + " names ticket " + survey.ticketId()
                    + ", whose registration complaint-service has not received");
        }
        StringBuilder why = new StringBuilder("满意度调查低分 / low score in the satisfaction survey: overall ")
                .append(survey.overall()).append("/5");
        new TreeMap<>(survey.scores()).forEach((question, score) -> why.append(", ").append(question).append(' ')
                .append(score));
        if (survey.comment() != null && !survey.comment().isBlank()) {
            why.append(": ").append(survey.comment().strip());
        }
        raise(survey.ticketId(), why.toString(), SurveyCategory.of(survey.scores()), ComplaintOrigin.SURVEY_LOW_SCORE,
                "notification-service", survey.answeredAt());
    }

    /** Raises the ticket's complaint, linked to the ticket and its device, unless one was raised for it already. */
    private void raise(UUID ticketId, String why, ComplaintCategory category, ComplaintOrigin origin, String by,
            Instant at) {
        KnownTicket ticket = KnownTicket.findById(ticketId);
        if (ticket == null || ticket.raisedComplaintId != null) {
            return;
        }
        List<UUID> devices = installedBase.deviceIds(ticket.deviceSerial, ticket.customerOrganisation);
        String reason = why + " (" + ticket.description + ")";
        NewComplaint complaint = new NewComplaint(ticket.customerOrganisation,
                new NewComplaint.NewComplainant(ticket.contactName, ticket.contactPhone, null, null, null, null),
                new NewComplaint.Product(null, null, null, null, null, null, devices, List.of(ticket.ticketId)),
                reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason,
                null, ComplaintChannel.PORTAL, category, null, null);
        Complaint raised = desk.register(ticket.customerOrganisation, complaint, origin, by, at);
        ticket.raisedComplaintId = raised.id;
    }
}
