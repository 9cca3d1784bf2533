package org.aftersales.warranty.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Commitment documents for tests: a small valid one, changed one field at a time. */
final class Documents {

    static final String MINIMAL = """
            {"id": "test-commitment",
             "title": "Test",
             "serviceHours": {"coverage": "ALWAYS"},
             "serviceLevels": {"A": {"response": "PT30M", "onSite": "PT2H", "resolution": "PT24H"}},
             "faultLevels": {"CRITICAL": "A", "MAJOR": "A", "MINOR": "A"},
             "warranty": {"startsAt": "ACCEPTANCE", "period": "P1Y",
                          "covers": {"parts": true, "labour": true, "travel": false}}}""";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Documents() {
    }

    /** {@link #MINIMAL} with the field at a dotted path set to a JSON value, or removed when {@code json} is null. */
    static String with(String path, String json) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(MINIMAL);
            String[] steps = path.split("\\.");
            ObjectNode parent = root;
            for (int i = 0; i < steps.length - 1; i++) {
                JsonNode child = parent.get(steps[i]);
                parent = child instanceof ObjectNode object ? object : parent.putObject(steps[i]);
            }
            String last = steps[steps.length - 1];
            if (json == null) {
                parent.remove(last);
            } else {
                parent.set(last, JSON.readTree(json));
            }
            return root.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Commitment valid(String document) {
        CommitmentParser.Result result = CommitmentParser.parseJson(document);
        assertThat(result).isInstanceOf(CommitmentParser.Valid.class);
        return ((CommitmentParser.Valid) result).commitment();
    }

    static List<CommitmentProblem> problems(String document) {
        CommitmentParser.Result result = CommitmentParser.parseJson(document);
        assertThat(result).isInstanceOf(CommitmentParser.Invalid.class);
        return ((CommitmentParser.Invalid) result).problems();
    }
}
