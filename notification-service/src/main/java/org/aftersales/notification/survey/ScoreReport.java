package org.aftersales.notification.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Answered surveys grouped by engineer or partner over a period (China days, {@code to} included).
 *
 * @param groups one per engineer or partner organisation that has answered surveys in the period
 */
public record ScoreReport(ScoreReport.By by, LocalDate from, LocalDate to, List<Group> groups) {

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
    public record Group(String key, long answered, Map<String, Double> averages, long lowScores) {
    }
}
