package org.aftersales.ticket.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 知识库条目: a solved problem (symptom, cause, solution, device model) for engineers and service partners. It
 * carries no customer data ({@link CustomerIdentifiers} are masked on every write): at most the id of the ticket it
 * came from, shown to vendor staff only. A {@link EntryStatus#DRAFT} until vendor staff publish it (ADR 0029).
 */
@Entity
@Table(name = "knowledge_entry")
public class KnowledgeEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 故障现象. */
    @Column(nullable = false)
    public String symptom;

    /** 故障原因. */
    @Column(nullable = false)
    public String cause;

    /** 解决方法. */
    @Column(nullable = false)
    public String solution;

    @Column(name = "device_model")
    public String deviceModel;

    @Column(name = "source_ticket_id", updatable = false)
    public UUID sourceTicketId;

    /** The {@link SearchTerms} of all its texts: what a search matches. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> terms;

    /** The {@link SearchTerms} of the symptom: what a search ranks by. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "symptom_terms", nullable = false)
    public List<String> symptomTerms;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Retired entries (outdated or wrong) no longer turn up in searches. */
    @Column(name = "retired_by")
    public String retiredBy;

    @Column(name = "retired_at")
    public Instant retiredAt;

    @Column(name = "retirement_reason")
    public String retirementReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryStatus status = EntryStatus.DRAFT;

    /** The partner organisation that wrote it; null when vendor staff did. Its drafts are seen by that organisation. */
    @Column(name = "author_organisation", updatable = false)
    public String authorOrganisation;

    /** Who of the vendor's staff reviewed and published it, and when. */
    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Version
    public long version;

    /** Sets what the entry says, without the customer's identifiers, and the terms it is found by. */
    void describe(Description description, CustomerIdentifiers customer) {
        symptom = customer.strip(description.symptom());
        cause = customer.strip(description.cause());
        solution = customer.strip(description.solution());
        deviceModel = description.deviceModel();
        terms = List.copyOf(SearchTerms.of(symptom, cause, solution, deviceModel));
        symptomTerms = List.copyOf(SearchTerms.of(symptom));
    }

    public boolean published() {
        return status == EntryStatus.PUBLISHED;
    }

    public boolean retired() {
        return retiredAt != null;
    }
}
