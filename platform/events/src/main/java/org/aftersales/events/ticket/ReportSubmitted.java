package org.aftersales.events.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A service report of a ticket was submitted for the first time: the repair report (维修报告) or the fault
 * analysis report (故障分析报告). Both have deadlines on the ticket's SLA clocks; notification-service tells the
 * customer.
 *
 * @param ticketId the ticket, also the event's subject
 * @param customerOrganisation the ticket's customer organisation
 * @param kind {@code REPAIR_REPORT} or {@code FAULT_ANALYSIS}
 * @param submittedAt when it was first submitted
 * @param submittedBy who submitted it
 */
public record ReportSubmitted(
        UUID ticketId,
        String customerOrganisation,
        String kind,
        Instant submittedAt,
        String submittedBy) {

    public ReportSubmitted {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(submittedBy, "submittedBy");
    }
}
