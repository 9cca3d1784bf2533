package org.aftersales.parts.loaner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.parts.Loan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 备机: a backup unit lent to a ticket's customer while their own device is repaired. */
@Entity
@Table(name = "loaner")
public class Loaner extends PanacheEntityBase {

    public enum Status { LENT, RECOVERED }

    /** Why the unit was lent: which loaner term it met (ADR 0036). */
    public enum Reason {
        /** Seed 002: the repair is expected to take longer than the loaner term (2 days). */
        REPAIR_LONGER_THAN_TERM,
        /** Seed 003: the repair takes longer than the term and the device must go back to the factory. */
        RETURNED_TO_FACTORY,
        /** Lent before parts-service checked the loaner term (before V10); no new loan has it. */
        OTHER
    }

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    @Column(name = "customer_organisation", updatable = false)
    public String customerOrganisation;

    @Column(name = "part_number", nullable = false, updatable = false)
    public String partNumber;

    @Column(name = "serial_number", nullable = false, updatable = false)
    public String serialNumber;

    @Column(name = "warehouse_id", nullable = false, updatable = false)
    public UUID warehouseId;

    /** The partner whose warehouse lent it, when a partner's did. */
    @Column(name = "partner_organisation", updatable = false)
    public String partnerOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Reason reason;

    @Column(updatable = false)
    public String note;

    /** How long the repair of the customer's own device was expected to take (ISO-8601); null before V10. */
    @Column(name = "expected_repair", updatable = false)
    public String expectedRepair;

    @Column(name = "returned_to_factory", updatable = false)
    public Boolean returnedToFactory;

    /** The contract whose loaner term lent it; null: parts-service's default term (no contract in force). */
    @Column(name = "contract_id", updatable = false)
    public UUID contractId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "lent_by", nullable = false, updatable = false)
    public String lentBy;

    @Column(name = "lent_at", nullable = false, updatable = false)
    public Instant lentAt;

    @Column(name = "due_back", nullable = false, updatable = false)
    public Instant dueBack;

    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "recovered_by")
    public String recoveredBy;

    @Column(name = "recovered_at")
    public Instant recoveredAt;

    @Column(name = "recovered_to")
    public UUID recoveredTo;

    @Column(name = "days_on_loan")
    public Integer daysOnLoan;

    @Version
    public long version;

    /** Whole days between lending and recovery; a started day counts as a day. */
    public static int daysOnLoan(Instant lentAt, Instant recoveredAt) {
        Duration out = Duration.between(lentAt, recoveredAt);
        long days = out.toDays();
        return (int) Math.max(1, out.equals(Duration.ofDays(days)) ? days : days + 1);
    }

    Loan event() {
        return new Loan(id, ticketId, customerOrganisation, partNumber, serialNumber, warehouseId, reason.name(),
                lentAt, dueBack, recoveredAt, daysOnLoan);
    }

    /** A loan as the API shows it. */
    public record View(
            @Schema(description = "The loan's id", required = true) UUID id,
            @Schema(description = "The ticket the backup unit is lent for", required = true) UUID ticketId,
            @Schema(description = "The ticket's customer organisation; null when not known") String customerOrganisation,
            @Schema(description = "The backup unit's part") String partNumber,
            @Schema(description = "The backup unit's serial number") String serialNumber,
            @Schema(description = "The warehouse it was lent from", required = true) UUID warehouseId,
            @Schema(description = "The service partner that lent it; null for the company's own engineers") String partnerOrganisation,
            @Schema(description = "Why it is lent", required = true) Reason reason,
            @Schema(description = "A note on the loan; null when none") String note,
            @Schema(description = "How long the repair of the customer's own device was expected to take, ISO-8601; "
                    + "null for a loan made before the loaner term was checked") String expectedRepair,
            @Schema(description = "Whether the customer's own device goes back to the factory; null for a loan made "
                    + "before the loaner term was checked") Boolean returnedToFactory,
            @Schema(description = "The contract whose loaner term lent the unit; null: the default term (a repair "
                    + "longer than 2 days, seed 002) as no contract was in force", nullable = true) UUID contractId,
            @Schema(description = "Whether it is on loan or recovered", required = true) Status status,
            @Schema(description = "Who lent it") String lentBy,
            @Schema(description = "When it was lent", required = true) Instant lentAt,
            @Schema(description = "When it is due back", required = true) Instant dueBack,
            @Schema(description = "Whether it is still on loan and past dueBack") boolean overdue,
            @Schema(description = "Who recovered it; null while on loan") String recoveredBy,
            @Schema(description = "When it was recovered; null while on loan", nullable = true) Instant recoveredAt,
            @Schema(description = "The warehouse it is back at; null while on loan", nullable = true) UUID recoveredTo,
            @Schema(description = "How many days it was on loan; null while on loan") Integer daysOnLoan) {
    }

    View view() {
        return new View(id, ticketId, customerOrganisation, partNumber, serialNumber, warehouseId, partnerOrganisation,
                reason, note, expectedRepair, returnedToFactory, contractId, status, lentBy, lentAt, dueBack, overdue,
                recoveredBy, recoveredAt, recoveredTo, daysOnLoan);
    }

    /** One page of loans. */
    public record Page(
            @Schema(description = "The loans of this page") List<View> items,
            @Schema(description = "The page's number, from 0") int page,
            @Schema(description = "The most loans a page holds") int size,
            @Schema(description = "How many loans match, on all pages") long total) {
    }
}
