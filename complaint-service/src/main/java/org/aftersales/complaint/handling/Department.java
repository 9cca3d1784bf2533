package org.aftersales.complaint.handling;

/** The department responsible for investigating (the complaint team of 营销部, 品质部 and 生产部, and others). */
public enum Department {
    SALES,
    QUALITY,
    PRODUCTION,
    SERVICE,
    LOGISTICS
}
