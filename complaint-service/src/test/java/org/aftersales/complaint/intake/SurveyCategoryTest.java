package org.aftersales.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aftersales.complaint.handling.ComplaintCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The category of a complaint a low survey score opens: what its lowest low question is about. */
class SurveyCategoryTest {

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # case                                  | scores                                  | category
        the contract's example                  | response-speed=2 attitude=4 result=1    | PRODUCT_QUALITY
        only the speed was low                  | response-speed=1 attitude=3 result=3    | LATENESS
        only the attitude was low               | response-speed=4 attitude=2 result=3    | SERVICE_ATTITUDE
        a tie: the result decides first         | response-speed=2 attitude=2 result=2    | PRODUCT_QUALITY
        a tie of speed and attitude             | response-speed=1 attitude=1 result=5    | LATENESS
        billing scored low                      | billing=1 attitude=3                    | BILLING
        spare parts scored low                  | spare-parts=2                           | LOGISTICS
        3 is not low                            | response-speed=3 attitude=3 result=3    | OTHER
        a question the table does not know      | cleanliness=1                           | OTHER
        no question answered                    |                                         | OTHER
        """)
    void the_lowest_low_question_names_the_category(String name, String scores, ComplaintCategory category) {
        assertThat(SurveyCategory.of(scores(scores))).isEqualTo(category);
    }

    private static Map<String, Integer> scores(String text) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (text != null) {
            for (String pair : text.trim().split("\\s+")) {
                String[] parts = pair.split("=");
                scores.put(parts[0], Integer.parseInt(parts[1]));
            }
        }
        return scores;
    }
}
