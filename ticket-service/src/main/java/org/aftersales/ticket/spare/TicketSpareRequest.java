package org.aftersales.ticket.spare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A spare part or backup unit requested on site for a ticket, as parts-service's last event about it said. */
@Entity
@Table(name = "ticket_spare_request")
public class TicketSpareRequest extends PanacheEntityBase {

    /** The states in which the part is no longer on its way. */
    static final Set<String> SETTLED = Set.of("DELIVERED", "CANCELLED");

    @Id
    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Column(name = "part_number")
    public String partNumber;

    public String model;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "warehouse_id")
    public UUID warehouseId;

    /** When it is due on site. */
    @Column(nullable = false)
    public Instant deadline;

    /** REQUESTED, PICKED, DISPATCHED, DELIVERED or CANCELLED. */
    @Column(nullable = false)
    public String state;

    /** RUNNING, WARNING, BREACHED, MET, MET_LATE or CANCELLED. */
    @Column(name = "deadline_state")
    public String deadlineState;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    boolean onItsWay() {
        return !SETTLED.contains(state);
    }
}
