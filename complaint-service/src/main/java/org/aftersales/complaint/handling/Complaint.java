package org.aftersales.complaint.handling;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.aftersales.events.complaint.Complainant;

/** 投诉: one complaint, with the fields of 《客户投诉登记反馈表》 (seed 000) and how it was handled. */
@Entity
@Table(name = "complaint")
public class Complaint extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 记录备案编号, e.g. TS-2026-000123. */
    @Column(name = "record_number", nullable = false, updatable = false)
    public String recordNumber;

    /** The customer organisation complained for (its tenant); null for a walk-in complainant. */
    @Column(name = "customer_organisation", updatable = false)
    public String customerOrganisation;

    @Column(name = "complainant_name", nullable = false)
    public String complainantName;
    @Column(name = "complainant_phone")
    public String complainantPhone;
    @Column(name = "complainant_email")
    public String complainantEmail;
    /** Any other contact method given (WeChat, address…). */
    @Column(name = "complainant_other")
    public String complainantOther;
    @Column(name = "complainant_occupation")
    public String complainantOccupation;
    @Column(name = "complainant_organisation")
    public String complainantOrganisation;

    @Column(name = "product_name")
    public String productName;
    @Column(name = "product_model")
    public String productModel;
    /** 包装形式. */
    @Column(name = "product_packaging")
    public String productPackaging;
    /** 投诉量: how many units are complained about. */
    @Column(name = "product_quantity")
    public Integer productQuantity;
    /** 生产批号. */
    @Column(name = "lot_number")
    public String lotNumber;
    @Column(name = "place_of_purchase")
    public String placeOfPurchase;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "complaint_device", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "device_id")
    public Set<UUID> deviceIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "complaint_ticket", joinColumns = @JoinColumn(name = "complaint_id"))
    @Column(name = "ticket_id")
    public Set<UUID> ticketIds = new LinkedHashSet<>();

    /** 投诉原因. */
    @Column(nullable = false)
    public String reason;
    /** The circumstances (购买、储存、消费经过). */
    @Column(name = "circumstances_purchase")
    public String circumstancesPurchase;
    @Column(name = "circumstances_storage")
    public String circumstancesStorage;
    @Column(name = "circumstances_use")
    public String circumstancesUse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintChannel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;
    @Column(name = "regulator_involved", nullable = false)
    public boolean regulatorInvolved;
    /** A special case (特殊情况) flagged by a manager: its decision is due within the urgent target. */
    @Column(nullable = false)
    public boolean urgent;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ComplaintOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ComplaintStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level", nullable = false)
    public EscalationLevel escalationLevel = EscalationLevel.AGENT;
    /** How often the complainant rejected a solution. */
    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;
    /** The reason of the latest change that has one. */
    @Column(name = "reason_of_last_change")
    public String reasonOfLastChange;
    /** The reply time promised on first contact. */
    @Column(name = "promised_reply_at")
    public Instant promisedReplyAt;

    @Enumerated(EnumType.STRING)
    public Department department;
    public String investigator;
    public String findings;
    @Column(name = "root_cause")
    public String rootCause;
    @Column(name = "root_cause_detail")
    public String rootCauseDetail;
    @Enumerated(EnumType.STRING)
    @Column(name = "quality_problem")
    public QualityProblem qualityProblem;
    /** warranty-service's old-part assessment (旧件鉴定) the determination relies on. */
    @Column(name = "old_part_assessment_id")
    public UUID oldPartAssessmentId;

    @Enumerated(EnumType.STRING)
    public Remedy remedy;
    @Column(name = "compensation_amount")
    public BigDecimal compensationAmount;
    public String solution;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public Instant approvedAt;
    @Column(name = "preventive_action")
    public String preventiveAction;
    @Column(name = "preventive_owner")
    public String preventiveOwner;
    @Column(name = "preventive_due_on")
    public LocalDate preventiveDueOn;

    @Column(name = "received_by", nullable = false, updatable = false)
    public String receivedBy;
    @Column(name = "received_at", nullable = false, updatable = false)
    public Instant receivedAt;
    /** When the current round of handling began: the receipt, or the latest reopening. Deadlines count from it. */
    @Column(name = "round_started_at", nullable = false)
    public Instant roundStartedAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** The complainant as events carry them. */
    public Complainant complainant() {
        return new Complainant(complainantName, complainantPhone, complainantEmail);
    }
}
