package org.aftersales.notification.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A survey as its link shows it to the customer: the questions to score, what it is about and until when. */
public record SurveyView(
        @Schema(description = "The closed ticket the survey is about", required = true) UUID ticketId,
        @Schema(description = "The ticket's short reference, as messages name it") String ticketReference,
        @Schema(description = "The questions to score") List<SurveyQuestions.Question> questions,
        @Schema(description = "The lowest score a question takes") int lowestScore,
        @Schema(description = "The highest score a question takes") int highestScore,
        @Schema(description = "Until when the link can be answered", required = true) Instant expiresAt) {
}
