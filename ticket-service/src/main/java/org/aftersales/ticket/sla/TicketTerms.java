package org.aftersales.ticket.sla;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The {@link SlaTerms} a ticket runs on, kept as JSON when it is registered. */
@Entity
@Table(name = "ticket_terms")
public class TicketTerms extends PanacheEntityBase {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;

    /** {@code CONTRACT} or {@code DEFAULT}. */
    @Column(nullable = false)
    public String source;

    @Column(name = "contract_id")
    public UUID contractId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String terms;
}
