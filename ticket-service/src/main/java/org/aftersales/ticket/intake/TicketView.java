package org.aftersales.ticket.intake;

import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.ticket.escalation.EscalationLevel;
import org.aftersales.ticket.remedy.Remedy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A ticket as the API shows it; {@code remedyDue} is the 三包 remedy last fallen due on it, if any. */
public record TicketView(
        @Schema(description = "The ticket (工单)", required = true) UUID id,
        @Schema(description = "The customer organisation the ticket belongs to, as its path",
                examples = "dealer-a/customer-a") String customerOrganisation,
        @Schema(description = "Serial number of the device", examples = "SN-2024-000187") String deviceSerial,
        @Schema(description = "Whether intake found the serial in the installed base of the ticket's organisation;"
                + " unknown devices are flagged") boolean deviceKnown,
        @Schema(description = "The device in the installed base; null for an unknown device", nullable = true)
        UUID deviceId,
        @Schema(description = "The contract in force for the device on the day the fault was reported, whose terms"
                + " the SLA clocks apply; null without one", nullable = true) UUID contractId,
        @Schema(description = "That contract's number, e.g. HT-2026-001; null without one") String contractNumber,
        @Schema(description = "The symptom or the question in the caller's words") String description,
        @Schema(description = "故障等级; null for a consultation (咨询) or an inspection (巡检), which are no faults",
                nullable = true) FaultLevel faultLevel,
        @Schema(description = "故障类型; null until known (at intake or when an agent classifies the ticket)",
                nullable = true) FaultType faultType,
        @Schema(description = "FAULT 故障报修, CONSULTATION 咨询 or INSPECTION 巡检", required = true) TicketKind kind,
        @Schema(description = "How the request came in", required = true) Channel channel,
        @Schema(description = "Who to call back (报修联系人) and where the device stands; its fields are null for a"
                + " planned inspection, which nobody called in", required = true) NewTicket.ContactDetails contact,
        @Schema(description = "Where the ticket stands in its lifecycle", required = true) TicketStatus status,
        @Schema(description = "While WAITING: what it waits for (customer, parts, manufacturer); null otherwise",
                nullable = true) WaitingFor waitingFor,
        @Schema(description = "返厂: the device went back to the factory for repair") boolean returnToFactory,
        @Schema(description = "The reason of the latest action that needs one (waiting, rejection, reopening,"
                + " cancellation)") String reason,
        @Schema(description = "The username of the engineer the ticket is assigned to; null until it is dispatched")
        String assignedEngineer,
        @Schema(description = "Who answers for the ticket (升级): raised by hand, on a breach, or when the customer"
                + " rejects the result", required = true) EscalationLevel escalationLevel,
        @Schema(description = "The 三包 remedy (更换 or 退货) last fallen due on this ticket; null when none",
                nullable = true) Remedy remedyDue,
        @Schema(description = "When the ticket was last resolved (ISO-8601, UTC); null while unresolved",
                nullable = true) Instant resolvedAt,
        @Schema(description = "Whether the fault stopped the customer's work (停机), as stated at resolution; null"
                + " when not stated") Boolean stoppedWork,
        @Schema(description = "Who registered the ticket") String createdBy,
        @Schema(description = "报修时间: when the customer reported the fault (ISO-8601, UTC); the SLA clocks start"
                + " then", required = true) Instant reportedAt,
        @Schema(description = "When the ticket was registered (ISO-8601, UTC)", required = true) Instant createdAt,
        @Schema(description = "When the ticket last changed (ISO-8601, UTC)", required = true) Instant updatedAt,
        @Schema(description = "The ticket's version, also its ETag: send it as If-Match to change the ticket")
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
