package org.aftersales.ticket.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aftersales.ticket.intake.Ticket;
import org.aftersales.ticket.intake.TicketStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspection as the API shows it: what is due, the record sheet once inspected, and the report deadline. */
@Schema(name = "Inspection")
public record InspectionView(
        @Schema(description = "The INSPECTION ticket", required = true) UUID ticketId,
        @Schema(description = "The customer organisation whose device is inspected") String customerOrganisation,
        @Schema(description = "Serial number of the device inspected") String deviceSerial,
        @Schema(description = "The contract that owes the inspection; null for a one-off without one", nullable = true)
        UUID contractId,
        @Schema(description = "The contract's schedule that planned it; null for a one-off", examples = "quarterly")
        String scheduleName,
        @Schema(description = "The major event a one-off prepares for; null when planned", examples = "国庆保障")
        String occasion,
        @Schema(description = "The day the inspection (巡检) is due", required = true) LocalDate dueOn,
        @Schema(description = "The inspection ticket's status", required = true) TicketStatus status,
        @Schema(description = "The record sheet; null until inspected", nullable = true) RecordSheet record,
        @Schema(description = "How soon after the visit the inspection report is owed", required = true)
        ReportWithin reportWithin,
        @Schema(description = "When the inspection report is due (ISO-8601, UTC); null until inspected",
                nullable = true) Instant reportDueAt,
        @Schema(description = "Whether reportDueAt rests on a year whose holidays are not announced yet")
        boolean reportDueGuessed,
        @Schema(description = "The inspection report; null until delivered", nullable = true) Report report) {

    /** 巡检报告 as delivered: first delivery time and who. */
    @Schema(name = "InspectionReportDelivered")
    public record Report(
            @Schema(description = "What the inspection found, in short") String summary,
            @Schema(description = "What the customer is advised to do") String recommendations,
            @Schema(description = "When the report was first delivered (ISO-8601, UTC)", required = true)
            Instant deliveredAt,
            @Schema(description = "Who delivered it") String deliveredBy) {
    }

    /** 巡检记录单 as stored, with who inspected. */
    @Schema(name = "InspectionRecordSheet")
    public record RecordSheet(
            @Schema(description = "接地检查 as found") String grounding,
            @Schema(description = "防尘处理: dust as found and what was done") String dust,
            @Schema(description = "运行情况 as found") String operatingState,
            @Schema(description = "The software version found; null when the device runs none") String softwareVersion,
            @Schema(description = "What was found and advised") String findings,
            @Schema(description = "When the visit took place (ISO-8601, UTC)", required = true) Instant inspectedAt,
            @Schema(description = "The engineer who inspected") String inspectedBy) {
    }

    static InspectionView of(Inspection inspection, Ticket ticket, InspectionTerms terms) {
        RecordSheet record = inspection.inspectedAt == null ? null : new RecordSheet(inspection.grounding,
                inspection.dust, inspection.operatingState, inspection.softwareVersion, inspection.findings,
                inspection.inspectedAt, inspection.inspectedBy);
        return new InspectionView(inspection.ticketId, inspection.customerOrganisation, inspection.deviceSerial,
                inspection.contractId, inspection.scheduleName, inspection.occasion, inspection.dueOn, ticket.status,
                record, terms.reportWithin(), inspection.reportDueAt, inspection.reportDueGuessed,
                inspection.reportDeliveredAt == null ? null : new Report(inspection.reportSummary,
                        inspection.reportRecommendations, inspection.reportDeliveredAt, inspection.reportDeliveredBy));
    }
}
