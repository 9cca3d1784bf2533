package org.aftersales.complaint.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.aftersales.complaint.handling.ComplaintCategory;

/**
 * The category of a complaint opened by a low survey score (满意度调查低分): what the lowest-scored low question
 * (scored {@link #LOW} or less) of 《售后服务满意度调查表》 is about; of questions scored the same, the first in
 * {@link #QUESTIONS}; {@code OTHER} when no question the table knows was scored low.
 */
final class SurveyCategory {

    /** The highest score of a question that counts as low, as notification-service's low-score threshold. */
    static final int LOW = 2;

    /** The survey's question ids and what a low score on each is about, in the order they decide ties. */
    static final List<Map.Entry<String, ComplaintCategory>> QUESTIONS = List.of(
            Map.entry("result", ComplaintCategory.PRODUCT_QUALITY),
            Map.entry("quality", ComplaintCategory.PRODUCT_QUALITY),
            Map.entry("response-speed", ComplaintCategory.LATENESS),
            Map.entry("on-site-speed", ComplaintCategory.LATENESS),
            Map.entry("timeliness", ComplaintCategory.LATENESS),
            Map.entry("attitude", ComplaintCategory.SERVICE_ATTITUDE),
            Map.entry("professionalism", ComplaintCategory.SERVICE_ATTITUDE),
            Map.entry("communication", ComplaintCategory.SERVICE_ATTITUDE),
            Map.entry("spare-parts", ComplaintCategory.LOGISTICS),
            Map.entry("billing", ComplaintCategory.BILLING));

    private SurveyCategory() {
    }

    static ComplaintCategory of(Map<String, Integer> scores) {
        return QUESTIONS.stream()
                .filter(question -> scores.containsKey(question.getKey()) && scores.get(question.getKey()) <= LOW)
                .min(Comparator.comparingInt(question -> scores.get(question.getKey())))
                .map(Map.Entry::getValue)
                .orElse(ComplaintCategory.OTHER);
    }
}
