package org.aftersales.notification.delivery;

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
 * A delivery record (发送记录): one message of one event to one recipient over one channel, as rendered, with its
 * attempts in {@link MessageAttempt} and its final state.
 */
@Entity
@Table(name = "message")
public class Message extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    /** What it is about: the event's subject, e.g. a ticket's id. */
    @Column(nullable = false, updatable = false)
    public String subject;

    /** The customer organisation the event belongs to: its tenant. */
    @Column(name = "customer_organisation", updatable = false)
    public String customerOrganisation;

    /** Who it is for, e.g. {@code user:manager} or {@code organisation:dealer-a/customer-a}. */
    @Column(nullable = false, updatable = false)
    public String recipient;

    /** Where the channel sends it: an email address, a phone number, a user or an organisation. */
    @Column(nullable = false, updatable = false)
    public String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    /** The template it was rendered from, e.g. {@code messages/ticket.sla-breached}. */
    @Column(nullable = false, updatable = false)
    public String template;

    /** The recipient's language it was rendered in, e.g. {@code zh-CN}. */
    @Column(nullable = false, updatable = false)
    public String language;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(nullable = false, updatable = false)
    public String body;

    /** The template's parameters as a JSON object, for SMS (the vendor fills its approved template); else null. */
    @Column(updatable = false)
    public String parameters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MessageState state;

    /** How many attempts were made. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** When it reached its final state. */
    @Column(name = "finished_at")
    public Instant finishedAt;
}
