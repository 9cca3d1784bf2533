package org.aftersales.warranty.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.warranty.sanbao.Claim;
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

    /** The assessed fault. */
    @Column(name = "fault_code", updatable = false)
    public String faultCode;

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

    /**
     * The assessment a claim takes: the latest of the device's assessments of {@code component} (the whole unit's are
     * stored without one) and {@code faultCode} made in the claim's ticket, or, for a claim without a ticket, the
     * latest naming no ticket. An assessment of another fault, component or ticket never decides the claim.
     */
    public static Optional<OldPartAssessment> forClaim(UUID deviceId, String component, String faultCode,
            UUID ticketId) {
        String ticket = ticketId == null ? "ticketId is null" : "ticketId = :ticket";
        String part = Claim.WHOLE_UNIT.equals(component) ? "component is null" : "component = :component";
        Parameters parameters = Parameters.with("device", deviceId).and("fault", faultCode);
        if (ticketId != null) {
            parameters.and("ticket", ticketId);
        }
        if (!Claim.WHOLE_UNIT.equals(component)) {
            parameters.and("component", component);
        }
        return OldPartAssessment.<OldPartAssessment>find("deviceId = :device and faultCode = :fault and " + ticket
                + " and " + part + " order by assessedAt desc", parameters).firstResultOptional();
    }
}
