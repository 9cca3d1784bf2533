package org.aftersales.complaint.recall;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One affected device of a recall, as found in the installed-base copy when the recall started. */
@Entity
@Table(name = "recall_device")
public class RecallDevice extends PanacheEntityBase {

    @EmbeddedId
    public Key key;
    @Column(name = "serial_number", nullable = false, updatable = false)
    public String serialNumber;
    @Column(nullable = false, updatable = false)
    public String model;
    @Column(name = "lot_number", nullable = false, updatable = false)
    public String lotNumber;
    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecallDeviceState state;
    public String note;
    @Column(name = "changed_by")
    public String changedBy;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
    @Version
    public long version;

    @Embeddable
    public record Key(@Column(name = "recall_id") UUID recallId, @Column(name = "device_id") UUID deviceId)
            implements Serializable {
    }
}
