package org.aftersales.ticket.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 电话支持记录: one phone or remote support call on a ticket — problem, initial diagnosis, solution; who and when. */
@Entity
@Table(name = "ticket_phone_support")
public class PhoneSupportRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    public UUID ticketId;

    /** 问题描述. */
    @Column(nullable = false, updatable = false)
    public String problem;

    /** 初步诊断, when one was reached. */
    @Column(updatable = false)
    public String diagnosis;

    /** 解决办法, when one was given. */
    @Column(updatable = false)
    public String solution;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;
}
