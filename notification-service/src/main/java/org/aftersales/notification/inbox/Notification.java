package org.aftersales.notification.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An in-app notification (站内信): for one user, or for the people of a customer organisation (and the partner above
 * it).
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The customer organisation it is addressed to: its tenant. */
    @Column(name = "customer_organisation", updatable = false)
    public String customerOrganisation;

    /** The user it is for; null: everybody of the customer organisation. */
    @Column(updatable = false)
    public String recipient;

    /** The delivery record it was delivered for. */
    @Column(name = "message_id", updatable = false)
    public UUID messageId;

    /** When its recipient read it; null while unread. */
    @Column(name = "read_at")
    public Instant readAt;

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
