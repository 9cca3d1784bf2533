package org.aftersales.complaint.handling;

/** 质量问题界定 (seed 000 篇一, 7–11). */
public enum QualityProblem {
    /** A quality problem: free exchange, transport at the vendor's cost; photos of it are required. */
    YES,
    /** No quality problem: the customer bears the costs and losses. */
    NO,
    /** Hard to determine: the product goes back to the quality department, which decides. */
    UNDETERMINED
}
