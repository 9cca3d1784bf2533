package org.aftersales.complaint.handling;

import java.time.Instant;

/**
 * Fired (synchronously, in the changing transaction) after a complaint was registered ({@code action} null), moved
 * by an action, or flagged urgent; the deadlines follow it.
 */
public record ComplaintChanged(Complaint complaint, ComplaintAction action, boolean urgentFlagged, Instant at) {
}
