package org.aftersales.ticket.dispatch;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 上门记录: an engineer's stay on site for a ticket, from check-in to check-out, with optional coordinates. */
@Entity
@Table(name = "ticket_visit")
public class Visit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    @Column(nullable = false, updatable = false)
    public String engineer;

    @Column(name = "checked_in_at", nullable = false, updatable = false)
    public Instant checkedInAt;

    @Column(name = "check_in_latitude", updatable = false)
    public Double checkInLatitude;

    @Column(name = "check_in_longitude", updatable = false)
    public Double checkInLongitude;

    /** Null while the engineer is on site. */
    @Column(name = "checked_out_at")
    public Instant checkedOutAt;

    @Column(name = "check_out_latitude")
    public Double checkOutLatitude;

    @Column(name = "check_out_longitude")
    public Double checkOutLongitude;
}
