package org.aftersales.ticket.report;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test observer of {@link ServiceReportSubmitted}, standing in for the SLA clocks. */
@ApplicationScoped
public class SubmittedReports {

    /** One observed event, and whether it came inside the submitting transaction. */
    public record Seen(ServiceReportSubmitted event, boolean inTransaction) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    void on(@Observes ServiceReportSubmitted event) {
        seen.add(new Seen(event, QuarkusTransaction.isActive()));
    }

    /** The events observed for this ticket, in order. */
    public List<Seen> of(String ticketId) {
        UUID id = UUID.fromString(ticketId);
        return seen.stream().filter(s -> s.event().ticketId().equals(id)).toList();
    }
}
