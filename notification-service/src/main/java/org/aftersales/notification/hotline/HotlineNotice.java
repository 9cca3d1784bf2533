package org.aftersales.notification.hotline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A hotline change notice (服务热线变更通知) as announced: the number, when it takes effect, whom it concerns. */
@Entity
@Table(name = "hotline_notice")
public class HotlineNotice extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The event that told the customers: its messages are the notice's reach. */
    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(nullable = false, updatable = false)
    public String number;

    @Column(name = "previous_number", updatable = false)
    public String previousNumber;

    @Column(name = "effective_at", nullable = false, updatable = false)
    public Instant effectiveAt;

    /** The customer organisations told, comma-separated. */
    @Column(nullable = false, updatable = false)
    public String organisations;

    @Column(name = "announced_by", nullable = false, updatable = false)
    public String announcedBy;

    @Column(name = "announced_at", nullable = false, updatable = false)
    public Instant announcedAt;
}
