package org.aftersales.ticket.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A time an SLA clock stood still: all the ticket's clocks while it waited for something the terms pause
 * for ({@code target} null), or one clock ({@code REOPENED}: the resolution clock between resolution and
 * reopening).
 */
@Entity
@Table(name = "clock_pause")
public class ClockPause extends PanacheEntityBase {

    /** The reason of the resolution clock's pause between resolution and a reopening or rejection. */
    public static final String RESOLVED_UNTIL_REOPENED = "RESOLVED_UNTIL_REOPENED";

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    /** The one clock it stops; null for all the ticket's clocks. */
    @Enumerated(EnumType.STRING)
    public SlaClock.Target target;

    /** The pause condition ({@code WAITING_FOR_CUSTOMER}…) or {@link #RESOLVED_UNTIL_REOPENED}. */
    @Column(nullable = false)
    public String reason;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** Null while the clock still stands. */
    @Column(name = "ended_at")
    public Instant endedAt;

    public boolean stops(TicketClock clock) {
        return target == null || target == clock.target;
    }
}
