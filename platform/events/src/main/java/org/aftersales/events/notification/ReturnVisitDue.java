package org.aftersales.events.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A return visit (回访) not yet made is close to its due instant (预警) or past it (超时).
 *
 * @param dueAt when the visit is due by the contract's return-visit term
 * @param at when the warning or breach fired
 */
public record ReturnVisitDue(UUID returnVisitId, UUID ticketId, String customerOrganisation, Instant dueAt,
        Instant at) {

    public ReturnVisitDue {
        Objects.requireNonNull(returnVisitId, "returnVisitId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(at, "at");
    }
}
