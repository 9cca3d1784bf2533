package org.aftersales.clients;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a client author needs from a document, as findings (one line each, naming the service and the place):
 * every operation has a unique operationId (the client's method name), a 2xx response and a 4xx
 * {@code application/problem+json} response; every schema property has a description (the client's doc comment) and
 * examples its own pattern accepts (a client validating the pattern would refuse them).
 */
final class OpenApiLint {

    private static final String NO_DESCRIPTION = ": no description";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private OpenApiLint() {
    }

    static List<String> findings(String service, JsonNode document) {
        List<String> findings = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    String where = service + " " + operation.getKey().toUpperCase() + " " + path.getKey();
                    operation(where, operation.getValue(), operationIds, findings);
                }
            }
        }
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            properties(service + " " + schema.getKey(), schema.getValue(), findings);
        }
        return findings;
    }

    private static void operation(String where, JsonNode operation, Set<String> operationIds, List<String> findings) {
        String operationId = operation.path("operationId").asText("");
        if (operationId.isBlank()) {
            findings.add(where + ": no operationId");
        } else if (!operationIds.add(operationId)) {
            findings.add(where + ": operationId " + operationId + " is not unique");
        }
        JsonNode responses = operation.path("responses");
        if (responses.propertyStream().noneMatch(response -> response.getKey().startsWith("2"))) {
            findings.add(where + ": no 2xx response");
        }
        if (responses.propertyStream().noneMatch(response -> response.getKey().startsWith("4")
                && response.getValue().path("content").has("application/problem+json"))) {
            findings.add(where + ": no 4xx application/problem+json response");
        }
    }

    /** A client that validates a property's pattern (as JSON Schema does: a match anywhere) accepts its examples. */
    private static void examplesMatchPattern(String name, JsonNode property, List<String> findings) {
        if (!property.path("pattern").isTextual()) {
            return;
        }
        Pattern pattern = Pattern.compile(property.path("pattern").asText());
        for (JsonNode example : property.path("examples")) {
            if (example.isTextual() && !pattern.matcher(example.asText()).find()) {
                findings.add(name + ": example " + example + " does not match its pattern " + pattern);
            }
        }
    }

    /** The properties of a schema and of the schemas written inside it (items, anyOf…); a $ref is checked where it points. */
    private static void properties(String where, JsonNode schema, List<String> findings) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = where + "." + property.getKey();
            if (property.getValue().path("description").asText("").isBlank()) {
                findings.add(name + NO_DESCRIPTION);
            }
            examplesMatchPattern(name, property.getValue(), findings);
            properties(name, property.getValue(), findings);
        }
        properties(where + "[]", schema.path("items"), findings);
        for (String composition : List.of("allOf", "anyOf", "oneOf")) {
            for (JsonNode part : schema.path(composition)) {
                properties(where, part, findings);
            }
        }
    }
}
