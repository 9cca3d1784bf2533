package org.aftersales.ticket.sla;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.UUID;

/** What the persistent timers hold for a ticket's clocks. */
final class SlaTimerQueries {

    private SlaTimerQueries() {
    }

    static long pendingTimers(String ticketId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager().createNativeQuery("""
                        select count(*) from timer where subject in
                          (select cast(id as varchar) from ticket_clock where ticket_id = ?1)""")
                .setParameter(1, UUID.fromString(ticketId))
                .getSingleResult()).longValue());
    }
}
