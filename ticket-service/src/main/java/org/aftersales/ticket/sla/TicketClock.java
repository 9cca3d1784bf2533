package org.aftersales.ticket.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One SLA clock of a ticket as stored: what {@link SlaClock} computes from, and the facts that happened to
 * it. {@code deadline} and {@code warningAt} are kept current for lists and reports (null while paused).
 */
@Entity
@Table(name = "ticket_clock")
public class TicketClock extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SlaClock.Target target;

    /** The promise as the terms state it: {@code PT2H} or {@code 3 working days}. */
    @Column(name = "target_time", nullable = false)
    public String targetTime;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** The promise as business time on the ticket's calendar (working days converted at the start). */
    @Column(name = "business_time_seconds", nullable = false)
    public long businessTimeSeconds;

    public Instant deadline;

    @Column(name = "warning_at")
    public Instant warningAt;

    @Column(name = "met_at")
    public Instant metAt;

    @Column(name = "warned_at")
    public Instant warnedAt;

    @Column(name = "breached_at")
    public Instant breachedAt;

    /** The clock no longer counts, since then ({@link #stoppedBecause} says why); null while it does. */
    @Column(name = "stopped_at")
    public Instant stoppedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "stopped_because")
    public ClockStop stoppedBecause;

    /**
     * Requests (meeting, pausing) and timers (warning, breach) both write a clock: the later of two concurrent writes
     * fails instead of undoing the other; a timer is retried, a request answers 409.
     */
    @Version
    public long version;

    /** Whether it still counts: neither met nor stopped. */
    public boolean counting() {
        return metAt == null && stoppedAt == null;
    }
}
