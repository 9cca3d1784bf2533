package org.aftersales.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed documents pass {@link OpenApiLint}, except for the properties without a description listed in
 * {@code clients/openapi-lint-allowlist.txt}: a list that only shrinks (a new finding fails, and so does a listed one
 * that was fixed and not removed). Operations are never allow-listed.
 */
class OpenApiLintTest {

    private static final Path ALLOW_LIST = OpenApiDocuments.repository().resolve("clients/openapi-lint-allowlist.txt");

    /** The allow-list's length at its last shortening (1,211 when written, ADR 0032): lower it when you remove lines. */
    private static final int ALLOWED_AT_MOST = 0;

    @Test
    void the_committed_documents_pass_the_lint_but_for_the_allow_list() throws IOException {
        Set<String> findings = new TreeSet<>();
        OpenApiDocuments.services().forEach(service -> findings.addAll(
                OpenApiLint.findings(service, OpenApiDocuments.read(OpenApiDocuments.committed(service)))));
        Set<String> allowed = allowList();

        assertThat(findings.stream().filter(finding -> !allowed.contains(finding)).toList())
                .as("new findings: document them (@Operation(operationId), @APIResponse, @Schema(description)),"
                        + " never add them to %s", ALLOW_LIST)
                .isEmpty();
        assertThat(allowed.stream().filter(finding -> !findings.contains(finding)).toList())
                .as("fixed, so remove these lines from %s (it only shrinks)", ALLOW_LIST)
                .isEmpty();
    }

    @Test
    void only_property_descriptions_are_allow_listed_and_the_list_never_grows() throws IOException {
        Set<String> allowed = allowList();
        assertThat(allowed).allMatch(finding -> finding.endsWith(OpenApiLint.NO_DESCRIPTION));
        assertThat(allowed).hasSizeLessThanOrEqualTo(ALLOWED_AT_MOST);
    }

    @Test
    void a_documented_operation_and_schema_pass() {
        assertThat(OpenApiLint.findings("s", OpenApiDocuments.parse("""
                paths:
                  /api/v1/things/{id}:
                    parameters: [{name: id, in: path}]
                    get:
                      operationId: ThingResource_get
                      responses:
                        "200": {description: The thing}
                        "404": {description: No such thing, content: {application/problem+json: {}}}
                components:
                  schemas:
                    Thing:
                      properties:
                        name: {type: string, description: Its name}
                        parts:
                          description: Its parts
                          items:
                            properties:
                              serial: {type: string, description: The part's serial}
                """))).isEmpty();
    }

    @Test
    void an_operation_without_operation_id_success_or_problem_response_is_named() {
        assertThat(OpenApiLint.findings("s", OpenApiDocuments.parse("""
                paths:
                  /api/v1/things:
                    post:
                      responses:
                        "400": {description: Bad input}
                    get:
                      operationId: ThingResource_list
                      responses:
                        "200": {description: The things, content: {application/json: {}}}
                """))).containsExactlyInAnyOrder(
                "s POST /api/v1/things: no operationId",
                "s POST /api/v1/things: no 2xx response",
                "s POST /api/v1/things: no 4xx application/problem+json response",
                "s GET /api/v1/things: no 4xx application/problem+json response");
    }

    @Test
    void an_operation_id_used_twice_is_named() {
        assertThat(OpenApiLint.findings("s", OpenApiDocuments.parse("""
                paths:
                  /a:
                    get:
                      operationId: get
                      responses: {"200": {}, "404": {content: {application/problem+json: {}}}}
                  /b:
                    get:
                      operationId: get
                      responses: {"200": {}, "404": {content: {application/problem+json: {}}}}
                """))).containsExactly("s GET /b: operationId get is not unique");
    }

    @Test
    void a_property_without_description_is_named_also_inside_items_and_any_of() {
        assertThat(OpenApiLint.findings("s", OpenApiDocuments.parse("""
                components:
                  schemas:
                    Thing:
                      properties:
                        name: {type: string}
                        parts:
                          description: Its parts
                          items:
                            properties:
                              serial: {type: string}
                        owner:
                          description: Who owns it
                          anyOf:
                          - properties:
                              id: {type: string}
                          - type: "null"
                """))).containsExactly(
                "s Thing.name: no description",
                "s Thing.parts[].serial: no description",
                "s Thing.owner.id: no description");
    }

    private static Set<String> allowList() throws IOException {
        return Files.readAllLines(ALLOW_LIST).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
