package org.aftersales.notification.preference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;

/**
 * What one recipient wants (通知偏好): a person ({@code user:<username>}) or an organisation
 * ({@code organisation:<path>}, for its inbox and its contacts). None stored means every channel, any time.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends PanacheEntityBase {

    @Id
    public String recipient;

    /** The channels not wanted, comma-separated, e.g. {@code EMAIL,SMS}; empty for none. */
    @Column(name = "disabled_channels", nullable = false)
    public String disabledChannels;

    @Column(name = "quiet_from")
    public LocalTime quietFrom;

    @Column(name = "quiet_to")
    public LocalTime quietTo;

    @Column(nullable = false)
    public String zone;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
