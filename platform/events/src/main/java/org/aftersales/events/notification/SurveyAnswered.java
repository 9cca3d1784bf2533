package org.aftersales.events.notification;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer answered the satisfaction survey (售后服务满意度调查表) of a closed ticket. Always published;
 * {@code lowScore} says whether the overall score is at or below the service's threshold (2 by default).
 *
 * @param scores each question's id (e.g. {@code response-speed}, {@code attitude}, {@code result}) → 1..5
 * @param overall the overall score, 1..5
 * @param engineer the engineer who served the ticket, when known
 */
public record SurveyAnswered(UUID surveyId, UUID ticketId, String customerOrganisation, String deviceSerial,
        String engineer, Map<String, Integer> scores, int overall, String comment, boolean lowScore,
        Instant answeredAt) {

    public SurveyAnswered {
        Objects.requireNonNull(surveyId, "surveyId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(customerOrganisation, "customerOrganisation");
        Objects.requireNonNull(answeredAt, "answeredAt");
        scores = Map.copyOf(scores == null ? Map.of() : scores);
    }
}
