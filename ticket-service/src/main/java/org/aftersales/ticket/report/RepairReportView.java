package org.aftersales.ticket.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.ticket.intake.Ticket;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A repair report (维修报告) as the API shows it. */
@Schema(name = "RepairReport")
public record RepairReportView(
        UUID ticketId,
        @Schema(description = "报修时间: the ticket's registration") Instant reportedAt,
        @Schema(description = "到场时间") Instant arrivedAt,
        @Schema(description = "故障原因") String cause,
        @Schema(description = "维修措施") String measures,
        @Schema(description = "系统恢复时间") Instant restoredAt,
        List<PartUsed> partsUsed,
        String submittedBy,
        Instant submittedAt,
        String updatedBy,
        Instant updatedAt,
        @Schema(description = "The customer's confirmation; absent until confirmed, after which the report is frozen")
        Confirmation confirmation) {

    /** Who confirmed the report for the customer, when, and who recorded it. */
    @Schema(name = "RepairReportConfirmationRecord")
    public record Confirmation(String confirmedBy, Instant confirmedAt, String recordedBy) {
    }

    static RepairReportView of(RepairReport report, Ticket ticket) {
        return new RepairReportView(report.ticketId, ticket.reportedAt, report.arrivedAt, report.cause, report.measures,
                report.restoredAt, report.partsUsed.stream().map(RepairReportPart::view).toList(), report.submittedBy,
                report.submittedAt, report.updatedBy, report.updatedAt, report.confirmed()
                        ? new Confirmation(report.confirmedBy, report.confirmedAt, report.confirmationRecordedBy)
                        : null);
    }
}
