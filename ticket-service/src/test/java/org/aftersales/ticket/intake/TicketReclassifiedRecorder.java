package org.aftersales.ticket.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test observer: every {@link TicketReclassified} fired, and whether a transaction was active then. */
@ApplicationScoped
public class TicketReclassifiedRecorder {

    /** One observed event. */
    public record Observed(TicketReclassified event, boolean inTransaction) {
    }

    private final List<Observed> observed = new CopyOnWriteArrayList<>();

    void on(@Observes TicketReclassified event) {
        observed.add(new Observed(event, QuarkusTransaction.isActive()));
    }

    /** The events fired for one ticket, in order. */
    public List<Observed> of(UUID ticketId) {
        return observed.stream().filter(o -> o.event().ticketId().equals(ticketId)).toList();
    }
}
