package org.aftersales.notification.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyQuestionsTest {

    @Test
    void the_survey_asks_response_speed_attitude_result_and_overall_in_chinese_and_english() {
        SurveyQuestions questions = SurveyQuestions.load();

        assertThat(questions.ids()).containsExactly("response-speed", "attitude", "result", "overall");
        assertThat(questions.all()).allSatisfy(question -> assertThat(question.text())
                .containsOnlyKeys("zh-CN", "en").allSatisfy((language, text) -> assertThat(text).isNotBlank()));
    }

    @Test
    void questions_need_unique_ids_and_an_overall_one() {
        SurveyQuestions.Question overall = new SurveyQuestions.Question("overall", Map.of("en", "Overall"));
        SurveyQuestions.Question speed = new SurveyQuestions.Question("response-speed", Map.of("en", "Speed"));

        assertThatThrownBy(() -> new SurveyQuestions(List.of(overall, speed, speed)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SurveyQuestions(List.of(speed))).isInstanceOf(IllegalArgumentException.class);
    }
}
