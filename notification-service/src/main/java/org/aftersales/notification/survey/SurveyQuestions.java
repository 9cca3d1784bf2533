package org.aftersales.notification.survey;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The questions of the satisfaction survey (售后服务满意度调查表), as data ({@value #RESOURCE}): each scored 1..5,
 * with its text per language. The one with id {@value #OVERALL} decides whether a score is low.
 */
public final class SurveyQuestions {

    /** The classpath resource the questions are read from. */
    public static final String RESOURCE = "survey-questions.json";
    /** The overall satisfaction question. */
    public static final String OVERALL = "overall";

    /** One question: its id, as answers and reports name it, and its text by language ({@code zh-CN}, {@code en}). */
    public record Question(
            @Schema(description = "The question's id, as answers and reports name it") String id,
            @Schema(description = "Its text by language (zh-CN, en)") Map<String, String> text) {

        public Question {
            Objects.requireNonNull(id, "id");
            text = Map.copyOf(text);
        }
    }

    private final List<Question> questions;

    SurveyQuestions(List<Question> questions) {
        if (questions.stream().map(Question::id).distinct().count() != questions.size()) {
            throw new IllegalArgumentException("survey question ids must be unique");
        }
        if (questions.stream().noneMatch(question -> OVERALL.equals(question.id()))) {
            throw new IllegalArgumentException("the survey needs the question " + OVERALL);
        }
        this.questions = List.copyOf(questions);
    }

    /** Reads the questions from the classpath. */
    static SurveyQuestions load() {
        try (InputStream json = SurveyQuestions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new SurveyQuestions(new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json, new TypeReference<List<Question>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public List<Question> all() {
        return questions;
    }

    public List<String> ids() {
        return questions.stream().map(Question::id).toList();
    }
}
