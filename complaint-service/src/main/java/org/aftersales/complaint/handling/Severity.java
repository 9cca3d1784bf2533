package org.aftersales.complaint.handling;

/** 一般 / 严重: a SERIOUS complaint goes to the quality department and a manager at once. */
public enum Severity {
    GENERAL,
    SERIOUS
}
