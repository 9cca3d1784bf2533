package org.aftersales.events.notification;

/** What a return visit (回访) leads to: nothing more, a complaint (投诉) to open, or the ticket to reopen. */
public enum FollowUp {
    NONE, COMPLAINT, REOPEN_TICKET
}
