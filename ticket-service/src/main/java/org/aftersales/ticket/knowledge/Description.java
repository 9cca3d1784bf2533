package org.aftersales.ticket.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;

/** What a knowledge-base entry says, stripped; symptom, cause and solution are required. */
record Description(String symptom, String cause, String solution, String deviceModel) {

    Description {
        symptom = stripToNull(symptom);
        cause = stripToNull(cause);
        solution = stripToNull(solution);
        deviceModel = stripToNull(deviceModel);
    }

    /**
     * This description, or 400 naming each missing field.
     *
     * @param why how to explain a missing field, e.g. that the source ticket had nothing to take it from
     */
    Description complete(Function<String, String> why) {
        List<FieldProblem> problems = new ArrayList<>();
        require(problems, "symptom", symptom, why);
        require(problems, "cause", cause, why);
        require(problems, "solution", solution, why);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest("A knowledge-base entry needs a symptom, a cause and a solution",
                    problems);
        }
        return this;
    }

    private static void require(List<FieldProblem> problems, String field, String value,
            Function<String, String> why) {
        if (value == null) {
            problems.add(new FieldProblem(field, why.apply(field)));
        }
    }

    static String stripToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The first of the given texts that is not blank, or null. */
    static String firstOf(String... texts) {
        for (String text : texts) {
            if (stripToNull(text) != null) {
                return text;
            }
        }
        return null;
    }
}
