package org.aftersales.notification.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answered surveys grouped by engineer, partner or contract over a period (China days, {@code to} included).
 *
 * @param groups one per engineer, partner organisation or contract that has answered surveys in the period
 */
public record ScoreReport(
        @Schema(description = "What the surveys are grouped by", required = true) ScoreReport.By by,
        @Schema(description = "First China day of the period, included", required = true) LocalDate from,
        @Schema(description = "Last China day of the period, included", required = true) LocalDate to,
        @Schema(description = "One per engineer, partner organisation or contract with answered surveys")
        List<Group> groups) {

    /** What the surveys are grouped by. */
    public enum By {
        ENGINEER, PARTNER, CONTRACT
    }

    /**
     * @param key the engineer's user name (empty when none was known), the partner organisation, or the contract's
     *     number (empty for tickets served under no contract the service knows)
     * @param answered how many surveys were answered
     * @param averages each question's id → its average score
     * @param lowScores how many of them had a low overall score
     */
    public record Group(
            @Schema(description = "The engineer's user name (empty when none was known), the partner organisation, or "
                    + "the contract's number (empty for tickets served under no known contract)")
            String key,
            @Schema(description = "How many surveys were answered") long answered,
            @Schema(description = "Each question's id → its average score") Map<String, Double> averages,
            @Schema(description = "How many had a low overall score") long lowScores) {
    }
}
