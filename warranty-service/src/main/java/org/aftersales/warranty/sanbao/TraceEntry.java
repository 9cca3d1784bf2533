package org.aftersales.warranty.sanbao;

/** One rule considered: whether it fired and why, with the numbers used, in Chinese and English. */
public record TraceEntry(String ruleId, String policyId, boolean fired, String zh, String en) {
}
