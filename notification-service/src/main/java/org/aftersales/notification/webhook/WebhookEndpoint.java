package org.aftersales.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A partner system's webhook endpoint: where the events its organisation subscribed to are posted, signed with its
 * secret (and, during a rotation's overlap, with the previous one too).
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The organisation that owns it: it receives that organisation's events and those below it. */
    @Column(nullable = false, updatable = false)
    public String organisation;

    @Column(nullable = false)
    public String url;

    @Column(name = "event_types", nullable = false)
    public String[] eventTypes;

    @Column(nullable = false)
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(nullable = false)
    public boolean enabled;

    /** Why deliveries stopped, while they have. */
    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** The secrets a delivery at {@code now} is signed with: the current one, and the previous while it overlaps. */
    public List<String> signingSecrets(Instant now) {
        List<String> secrets = new ArrayList<>(List.of(secret));
        if (previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    /** A new secret; the one it replaces still signs for the overlap. */
    public void rotate(String newSecret, Instant overlapUntil) {
        previousSecret = secret;
        previousSecretUntil = overlapUntil;
        secret = newSecret;
    }
}
