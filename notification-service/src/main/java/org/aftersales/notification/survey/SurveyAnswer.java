package org.aftersales.notification.survey;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A customer's answer to a survey.
 *
 * @param scores each question's id → its score, 1..5; every question of the survey is answered
 * @param comment what the customer adds (意见和建议), optional
 */
public record SurveyAnswer(
        @Schema(description = "Each question's id → its score, 1..5; every question is answered")
        @NotNull Map<String, Integer> scores,
        @Schema(description = "What the customer adds (意见和建议), optional", nullable = true)
        @Size(max = 2000) String comment) {
}
