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
        @Schema(description = "The INSPECTION ticket") UUID ticketId,
        String customerOrganisation,
        String deviceSerial,
        UUID contractId,
        @Schema(description = "The contract's schedule that planned it; null for a one-off", examples = "quarterly")
        String scheduleName,
        @Schema(description = "The major event a one-off prepares for; null when planned", examples = "国庆保障")
        String occasion,
        LocalDate dueOn,
        TicketStatus status,
        @Schema(description = "The record sheet; null until inspected") RecordSheet record,
        ReportWithin reportWithin,
        @Schema(description = "When the inspection report is due; null until inspected") Instant reportDueAt,
        @Schema(description = "Whether reportDueAt rests on a year whose holidays are not announced yet")
        boolean reportDueGuessed,
        @Schema(description = "The inspection report; null until delivered") Report report) {

    /** 巡检报告 as delivered: first delivery time and who. */
    @Schema(name = "InspectionReportDelivered")
    public record Report(String summary, String recommendations, Instant deliveredAt, String deliveredBy) {
    }

    /** 巡检记录单 as stored, with who inspected. */
    @Schema(name = "InspectionRecordSheet")
    public record RecordSheet(String grounding, String dust, String operatingState, String softwareVersion,
            String findings, Instant inspectedAt, String inspectedBy) {
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
