package org.aftersales.parts.catalogue;

/** The categories of seed 003: 主机设备 host equipment, 配件 parts, 耗材 consumables. */
public enum PartCategory {
    HOST_EQUIPMENT,
    PART,
    CONSUMABLE
}
