package org.aftersales.ticket.escalation;

import java.util.Optional;

/**
 * Who answers for a ticket (升级). Seed 003 promises "另行安排更高级技术服务人员，直至公司负责领导，
 * 亲赴现场". A ticket starts at {@link #ENGINEER} and each escalation raises it one level.
 */
public enum EscalationLevel {
    /** 工程师. */
    ENGINEER,
    /** 高级工程师. */
    SENIOR_ENGINEER,
    /** 售后经理. */
    MANAGER,
    /** 公司负责领导: the top. */
    LEADERSHIP;

    /** The level above, or empty at the top. */
    public Optional<EscalationLevel> next() {
        int next = ordinal() + 1;
        return next < values().length ? Optional.of(values()[next]) : Optional.empty();
    }
}
