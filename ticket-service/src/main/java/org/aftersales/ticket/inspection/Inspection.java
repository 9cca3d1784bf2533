package org.aftersales.ticket.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 巡检: what an INSPECTION ticket is due to inspect, and its record sheet (巡检记录单) once inspected. Planned ones
 * name their contract's schedule; one-offs before a customer's major event (重大活动保障) name the occasion.
 */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    /** The INSPECTION ticket: one inspection per ticket. */
    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;

    /** The contract whose cadence planned it, or the device's contract for a one-off; null when unknown. */
    @Column(name = "contract_id", updatable = false)
    public UUID contractId;

    @Column(name = "device_serial", nullable = false, updatable = false)
    public String deviceSerial;

    /** The contract's schedule (e.g. {@code quarterly}); null for a one-off. */
    @Column(name = "schedule_name", updatable = false)
    public String scheduleName;

    /** The major event a one-off prepares for (e.g. 国庆保障); null when planned. */
    @Column(updatable = false)
    public String occasion;

    @Column(name = "due_on", nullable = false, updatable = false)
    public LocalDate dueOn;

    /** 接地 as found. */
    public String grounding;

    /** 灰尘 / 防尘 as found. */
    public String dust;

    /** 运行状态 as found. */
    @Column(name = "operating_state")
    public String operatingState;

    @Column(name = "software_version")
    public String softwareVersion;

    public String findings;

    /** When the visit took place; null until the record sheet is stored. */
    @Column(name = "inspected_at")
    public Instant inspectedAt;

    @Column(name = "inspected_by")
    public String inspectedBy;

    /** When the inspection report is due (000: 3 working days after the visit); null until inspected. */
    @Column(name = "report_due_at")
    public Instant reportDueAt;

    /** Whether {@link #reportDueAt} rests on a year whose holidays are not announced yet. */
    @Column(name = "report_due_guessed", nullable = false)
    public boolean reportDueGuessed;

    /** 巡检报告: what the inspection found and advises, as delivered to the customer; null until delivered. */
    @Column(name = "report_summary")
    public String reportSummary;

    @Column(name = "report_recommendations")
    public String reportRecommendations;

    /** When the report was first delivered: its SLA clock is met then. */
    @Column(name = "report_delivered_at")
    public Instant reportDeliveredAt;

    @Column(name = "report_delivered_by")
    public String reportDeliveredBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
