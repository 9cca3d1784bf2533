package org.aftersales.notification.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answered surveys grouped by engineer or partner over a period (China days, {@code to} included).
 *
 * @param groups one per engineer or partner organisation that has answered surveys in the period
 */
public record ScoreReport(
        @Schema(description = "What the surveys are grouped by", required = true) ScoreReport.By by,
        @Schema(description = "First China day of the period, included", required = true) LocalDate from,
        @Schema(description = "Last China day of the period, included", required = true) LocalDate to,
        @Schema(description = "One per engineer or partner organisation with answered surveys") List<Group> groups) {

    /** What the surveys are grouped by. */
    public enum By {
        ENGINEER, PARTNER
    }

    /**
     * @param key the engineer's user name (empty when none was known) or the partner organisation
     * @param answered how many surveys were answered
     * @param averages each question's id → its average score
     * @param lowScores how many of them had a low overall score
     */
    public record Group(
            @Schema(description = "The engineer's user name (empty when none was known) or the partner organisation")
            String key,
            @Schema(description = "How many surveys were answered") long answered,
            @Schema(description = "Each question's id → its average score") Map<String, Double> averages,
            @Schema(description = "How many had a low overall score") long lowScores) {
    }
}
