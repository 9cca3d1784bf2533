package org.aftersales.warranty.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.warranty.sanbao.Assessment;

/** 旧件鉴定: the quality department's verdict on a part taken out of a device. */
@Entity
@Table(name = "old_part_assessment")
public class OldPartAssessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "device_id", nullable = false, updatable = false)
    public UUID deviceId;

    /** The device's customer organisation: the assessment's tenant. */
    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;

    /** The assessed component; null for the whole unit. */
    @Column(updatable = false)
    public String component;

    /** The ticket the part came out in, when known. */
    @Column(name = "ticket_id", updatable = false)
    public UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Assessment.Verdict verdict;

    /** The non-quality cause, with verdict NOT_QUALITY_PROBLEM. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Assessment.Cause cause;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "assessed_by", nullable = false, updatable = false)
    public String assessedBy;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    public Instant assessedAt;

    /** The verdict as the 三包 engine takes it. */
    public Assessment asFact() {
        return verdict == Assessment.Verdict.QUALITY_PROBLEM
                ? Assessment.qualityProblem(reason)
                : Assessment.notQualityProblem(cause, reason);
    }
}
