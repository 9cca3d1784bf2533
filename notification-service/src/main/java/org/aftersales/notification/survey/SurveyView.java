package org.aftersales.notification.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A survey as its link shows it to the customer: the questions to score, what it is about and until when. */
public record SurveyView(UUID ticketId, String ticketReference, List<SurveyQuestions.Question> questions,
        int lowestScore, int highestScore, Instant expiresAt) {
}
