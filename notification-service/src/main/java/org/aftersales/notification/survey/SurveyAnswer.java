package org.aftersales.notification.survey;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A customer's answer to a survey.
 *
 * @param scores each question's id → its score, 1..5; every question of the survey is answered
 * @param comment what the customer adds (意见和建议), optional
 */
public record SurveyAnswer(@NotNull Map<String, Integer> scores, @Size(max = 2000) String comment) {
}
