package org.aftersales.ticket.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.aftersales.events.ticket.Channel;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.FaultType;
import org.aftersales.ticket.escalation.EscalationLevel;
import org.aftersales.ticket.remedy.Remedy;

/** 工单: one service request of a customer organisation about one device. */
@Entity
@Table(name = "ticket")
public class Ticket extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The customer organisation the ticket belongs to: its tenant. */
    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketKind kind = TicketKind.FAULT;

    @Column(name = "device_serial", nullable = false)
    public String deviceSerial;

    /** Whether intake found the serial in the installed base of the ticket's organisation; unknown devices are flagged. */
    @Column(name = "device_known", nullable = false)
    public boolean deviceKnown;

    @Column(name = "device_id")
    public UUID deviceId;

    /** The contract in force for the device on the day the fault was reported, whose terms the SLA clocks apply. */
    @Column(name = "contract_id")
    public UUID contractId;

    /** That contract's number as the parties write it, null without one. */
    @Column(name = "contract_number")
    public String contractNumber;

    @Column(nullable = false)
    public String description;

    /** 故障等级; null for a consultation (咨询) or an inspection (巡检), which are no faults. */
    @Enumerated(EnumType.STRING)
    @Column(name = "fault_level")
    public FaultLevel faultLevel;

    /** 故障类型, null until known (at intake or when an agent classifies the ticket). */
    @Enumerated(EnumType.STRING)
    @Column(name = "fault_type")
    public FaultType faultType;

    /** How the request came in. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel = Channel.PORTAL;

    /** Who to call back; null for a planned inspection, which nobody called in. */
    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_department")
    public String contactDepartment;

    /** Where the device stands (安装地点), as the caller says. */
    public String site;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TicketStatus status;

    /** While WAITING: the status it returns to on RESUME. */
    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_in")
    public TicketStatus waitingIn;

    /** While WAITING: what it waits for (customer, parts, manufacturer); null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_for")
    public WaitingFor waitingFor;

    /** 返厂: the device went back to the factory for repair (said when waiting for the manufacturer). */
    @Column(name = "return_to_factory", nullable = false)
    public boolean returnToFactory;

    /** Whether the fault stopped the customer's work (停机), as stated at resolution; null when not stated. */
    @Column(name = "stopped_work")
    public Boolean stoppedWork;

    /** The reason of the latest action that needs one (waiting, rejection, reopening, cancellation). */
    public String reason;

    /** The username of the engineer the ticket is assigned to, null until it is dispatched. */
    @Column(name = "assigned_engineer")
    public String assignedEngineer;

    /** Who answers for the ticket (升级): raised by hand, on a breach, or when the customer rejects the result. */
    @Enumerated(EnumType.STRING)
    @Column(name = "escalation_level", nullable = false)
    public EscalationLevel escalationLevel = EscalationLevel.ENGINEER;

    /** The 三包 remedy (更换 or 退货) last fallen due on this ticket, null when none (all of them: {@code ticket_remedy}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "remedy_due")
    public Remedy remedyDue;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    /** 报修时间: when the fault was reported, at or before {@code createdAt}; the SLA clocks start then. */
    @Column(name = "reported_at", nullable = false, updatable = false)
    public Instant reportedAt;

    @Version
    public long version;
}
