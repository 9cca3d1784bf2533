package org.aftersales.notification.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An in-app notification for the people of a customer organisation (and the partner above it). */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The customer organisation it is addressed to: its tenant. */
    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;

    /** The event type that caused it, e.g. {@code aftersales.ticket.created.v1}. */
    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    /** The event that caused it. */
    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    /** What it is about: the aggregate id, e.g. a ticket's id. */
    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(nullable = false, updatable = false)
    public String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
