package org.aftersales.ticket.remedy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 三包处理: an exchange or refund that warranty-service declared due for a device, as a fact on the ticket it was put
 * on. Written once per source ticket, remedy, component and fault ({@link Remedies#due}); never changed.
 */
@Entity
@Table(name = "ticket_remedy")
public class TicketRemedy extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The ticket the remedy was put on: the device's open fault ticket, or the one raised for it. */
    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    /** Whether {@link #ticketId} was raised for this remedy (no fault ticket of the device was open). */
    @Column(name = "created_ticket", nullable = false, updatable = false)
    public boolean createdTicket;

    @Column(name = "customer_organisation", nullable = false, updatable = false)
    public String customerOrganisation;

    @Column(name = "device_id", nullable = false, updatable = false)
    public UUID deviceId;

    @Column(name = "device_serial", nullable = false, updatable = false)
    public String deviceSerial;

    /** The product key warranty-service's engine decided for, e.g. {@code colour-tv}. */
    @Column(updatable = false)
    public String product;

    /** The failing component; {@code whole-unit} for the whole unit (整机). */
    @Column(nullable = false, updatable = false)
    public String component;

    @Column(name = "fault_code", nullable = false, updatable = false)
    public String faultCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Remedy remedy;

    /** The remedies the customer may choose among under the rule, as the engine names them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false)
    public List<String> options;

    /** Repairs of the component and fault in the device's history, the triggering one included. */
    @Column(name = "repairs_counted", nullable = false, updatable = false)
    public int repairsCounted;

    @Column(name = "policy_id", nullable = false, updatable = false)
    public String policyId;

    @Column(name = "rule_id", nullable = false, updatable = false)
    public String ruleId;

    @Column(name = "reason_zh", updatable = false)
    public String reasonZh;

    @Column(name = "reason_en", updatable = false)
    public String reasonEn;

    /** The resolved ticket whose repair made the remedy due. */
    @Column(name = "source_ticket_id", nullable = false, updatable = false)
    public UUID sourceTicketId;

    /** When it fell due: the end of that repair. */
    @Column(name = "due_at", nullable = false, updatable = false)
    public Instant dueAt;

    /** The {@code remedy-due} event it came with. */
    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
