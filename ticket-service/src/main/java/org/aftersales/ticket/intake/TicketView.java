package org.aftersales.ticket.intake;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.ticket.escalation.EscalationLevel;
import org.aftersales.ticket.remedy.Remedy;

/** A ticket as the API shows it; {@code remedyDue} is the 三包 remedy last fallen due on it, if any. */
public record TicketView(
        UUID id,
        String customerOrganisation,
        String deviceSerial,
        boolean deviceKnown,
        UUID deviceId,
        UUID contractId,
        String contractNumber,
        String description,
        FaultLevel faultLevel,
        FaultType faultType,
        TicketKind kind,
        Channel channel,
        NewTicket.ContactDetails contact,
        TicketStatus status,
        WaitingFor waitingFor,
        boolean returnToFactory,
        String reason,
        String assignedEngineer,
        EscalationLevel escalationLevel,
        Remedy remedyDue,
        Instant resolvedAt,
        Boolean stoppedWork,
        String createdBy,
        Instant reportedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static TicketView of(Ticket ticket) {
        return new TicketView(ticket.id, ticket.customerOrganisation, ticket.deviceSerial, ticket.deviceKnown,
                ticket.deviceId, ticket.contractId, ticket.contractNumber, ticket.description,
                ticket.faultLevel, ticket.faultType, ticket.kind, ticket.channel,
                new NewTicket.ContactDetails(ticket.contactName, ticket.contactPhone, ticket.contactDepartment,
                        ticket.site),
                ticket.status, ticket.waitingFor, ticket.returnToFactory,
                ticket.reason, ticket.assignedEngineer, ticket.escalationLevel,
                ticket.remedyDue, ticket.resolvedAt, ticket.stoppedWork, ticket.createdBy, ticket.reportedAt,
                ticket.createdAt, ticket.updatedAt,
                ticket.version);
    }
}
