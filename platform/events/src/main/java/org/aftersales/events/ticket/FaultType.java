package org.aftersales.events.ticket;

/** 故障类型 (seed 002): what kind of fault a ticket is about, as the agent classifies it. */
public enum FaultType {
    /** 操作错误: the device works; it was operated wrongly. */
    OPERATION,
    /** 软件故障. */
    SOFTWARE,
    /** 配置错误: settings or configuration. */
    CONFIGURATION,
    /** 硬件故障: a part has failed. */
    HARDWARE
}
