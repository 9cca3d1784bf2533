package org.aftersales.events.ticket;

/**
 * 故障等级: how badly a fault hurts the customer (seed 000). A contract maps each level to a service
 * level and that to its time targets.
 */
public enum FaultLevel {
    /** 一级: system down, service interrupted or basic function lost; other business interrupted over 10 min; key data lost. */
    CRITICAL,
    /** 二级: service directly affected, partial loss of performance or capacity, or at risk of going down. */
    MAJOR,
    /** 三级: function or performance affected, key business not. */
    MINOR
}
