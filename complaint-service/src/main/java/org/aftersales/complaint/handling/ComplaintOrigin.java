package org.aftersales.complaint.handling;

/** What raised a complaint: a person registering it, or another service's event. */
public enum ComplaintOrigin {
    REGISTERED,
    /** The customer rejected a ticket's result (aftersales.ticket.rejected.v1). */
    TICKET_REJECTED,
    /** A satisfaction survey answered with a low score (aftersales.survey.answered.v1). */
    SURVEY_LOW_SCORE,
    /** A return visit that found a complaint (aftersales.return-visit.recorded.v1, followUp COMPLAINT). */
    RETURN_VISIT
}
