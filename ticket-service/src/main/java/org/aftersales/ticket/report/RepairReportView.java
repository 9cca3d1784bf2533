package org.aftersales.ticket.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.ticket.intake.Ticket;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A repair report (维修报告) as the API shows it. */
@Schema(name = "RepairReport")
public record RepairReportView(
        @Schema(description = "The ticket it reports on", required = true) UUID ticketId,
        @Schema(description = "报修时间: the ticket's registration (ISO-8601, UTC)", required = true) Instant reportedAt,
        @Schema(description = "到场时间: when the engineer arrived (ISO-8601, UTC); null when solved by phone or"
                + " remotely", nullable = true) Instant arrivedAt,
        @Schema(description = "故障原因") String cause,
        @Schema(description = "维修措施") String measures,
        @Schema(description = "系统恢复时间 (ISO-8601, UTC)", required = true) Instant restoredAt,
        @Schema(description = "Parts used in the repair (更换配件)") List<PartUsed> partsUsed,
        @Schema(description = "The engineer who first submitted it") String submittedBy,
        @Schema(description = "When it was first submitted (ISO-8601, UTC)", required = true) Instant submittedAt,
        @Schema(description = "Who last changed it") String updatedBy,
        @Schema(description = "When it was last changed (ISO-8601, UTC)", required = true) Instant updatedAt,
        @Schema(description = "The customer's confirmation; absent until confirmed, after which the report is frozen",
                nullable = true) Confirmation confirmation) {

    /** Who confirmed the report for the customer, when, and who recorded it. */
    @Schema(name = "RepairReportConfirmationRecord")
    public record Confirmation(
            @Schema(description = "The name of who confirmed it for the customer (签字)") String confirmedBy,
            @Schema(description = "When the customer confirmed it (ISO-8601, UTC)", required = true)
            Instant confirmedAt,
            @Schema(description = "Who recorded the confirmation") String recordedBy) {
    }

    static RepairReportView of(RepairReport report, Ticket ticket) {
        return new RepairReportView(report.ticketId, ticket.reportedAt, report.arrivedAt, report.cause, report.measures,
                report.restoredAt, report.partsUsed.stream().map(RepairReportPart::view).toList(), report.submittedBy,
                report.submittedAt, report.updatedBy, report.updatedAt, report.confirmed()
                        ? new Confirmation(report.confirmedBy, report.confirmedAt, report.confirmationRecordedBy)
                        : null);
    }
}
