package org.aftersales.warranty.commitment;

/** 故障类型: what kind of fault a ticket is about (seed 002: 操作错误、软件错误、配置错误、硬件故障). */
public enum FaultType {
    /** 操作错误. */
    OPERATION,
    /** 软件错误. */
    SOFTWARE,
    /** 配置错误. */
    CONFIGURATION,
    /** 硬件故障. */
    HARDWARE
}
