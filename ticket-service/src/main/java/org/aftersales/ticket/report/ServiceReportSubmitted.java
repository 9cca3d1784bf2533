package org.aftersales.ticket.report;

import java.time.Instant;
import java.util.UUID;

/**
 * CDI event fired, inside the submitting transaction, when a ticket's service report is submitted for the first
 * time: the SLA clocks stop the report's deadline on it.
 */
public record ServiceReportSubmitted(UUID ticketId, ReportKind kind, Instant submittedAt) {
}
