package org.aftersales.notification.survey;

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

/** A satisfaction survey (满意度调查) sent after a closed ticket: answerable once, through its link, until it expires. */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase {

    /** SENT until the customer answers, then ANSWERED. */
    public enum State {
        SENT, ANSWERED
    }

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, unique = true)
    public UUID ticketId;

    @Column(name = "customer_organisation", nullable = false)
    public String customerOrganisation;

    /** The partner organisation above the customer, the customer's own at the top of the tree. */
    @Column(name = "partner_organisation", nullable = false)
    public String partnerOrganisation;

    @Column(name = "device_serial")
    public String deviceSerial;

    /** The contract in force for the ticket's device on the day it closed (as ticket-service chooses); null: none. */
    @Column(name = "contract_id")
    public UUID contractId;

    /** That contract's number (合同编号), e.g. HT-2026-001. */
    @Column(name = "contract_number")
    public String contractNumber;

    /** The engineer who served the ticket, as the ticket view had it when it closed. */
    public String engineer;

    /** SHA-256 (hex) of the link's token. */
    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public Integer overall;

    @Column(name = "low_score")
    public Boolean lowScore;

    public String comment;

    @Version
    public int version;
}
