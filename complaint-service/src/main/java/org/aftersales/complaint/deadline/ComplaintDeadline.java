package org.aftersales.complaint.deadline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** One deadline of one round of a complaint's handling, with its warning and breach kept as facts. */
@Entity
@Table(name = "complaint_deadline")
public class ComplaintDeadline extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "complaint_id", nullable = false, updatable = false)
    public UUID complaintId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public DeadlineKind kind;
    @Column(nullable = false, updatable = false)
    public int round;
    @Column(name = "started_at", nullable = false, updatable = false)
    public Instant startedAt;
    /** The promise. */
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;
    @Column(name = "warn_at", nullable = false)
    public Instant warnAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineState state;
    @Column(name = "met_at")
    public Instant metAt;
    @Column(name = "warned_at")
    public Instant warnedAt;
    /** When the breach was observed: the actual time against the promised {@link #dueAt}. */
    @Column(name = "breached_at")
    public Instant breachedAt;
    @Version
    public long version;

    /** The warning instant: the given share of the way from start to due. */
    static Instant warnAt(Instant start, Instant due, int percent) {
        long millis = Duration.between(start, due).toMillis();
        return start.plusMillis(Math.max(0, millis) * percent / 100);
    }

    /** The state of this deadline once met: MET, or MET_LATE after its breach. */
    DeadlineState metState() {
        return state == DeadlineState.BREACHED ? DeadlineState.MET_LATE : DeadlineState.MET;
    }
}
