package org.aftersales.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The committed documents pass {@link OpenApiLint}: every operation has its operationId, a success and a problem
 * response, and every schema property its description. Nothing is exempt (the allow-list of ADR 0032 is used up).
 */
class OpenApiLintTest {

    @Test
    void the_committed_documents_pass_the_lint() {
        Set<String> findings = new TreeSet<>();
        OpenApiDocuments.services().forEach(service -> findings.addAll(
                OpenApiLint.findings(service, OpenApiDocuments.read(OpenApiDocuments.committed(service)))));

        assertThat(findings)
                .as("document them (@Operation(operationId), @APIResponse, @Schema(description)); see clients/README.md")
                .isEmpty();
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

    @Test
    void a_property_whose_example_its_pattern_refuses_is_named() {
        assertThat(OpenApiLint.findings("s", OpenApiDocuments.parse("""
                components:
                  schemas:
                    Part:
                      properties:
                        nameZh: {description: Its name, pattern: "^(?:\\\\S)$", examples: ["电源模块 220V", "X"]}
                        unit: {description: Its unit, pattern: "^[\\\\s\\\\S]*\\\\S[\\\\s\\\\S]*$", examples: ["PCS", "套 件"]}
                        code: {description: Its code, pattern: "^(?:[A-Z]{2}-\\\\d+)$", examples: ["PM-8000", "PM8000"]}
                """))).containsExactly(
                "s Part.nameZh: example \"电源模块 220V\" does not match its pattern ^(?:\\S)$",
                "s Part.code: example \"PM8000\" does not match its pattern ^(?:[A-Z]{2}-\\d+)$");
    }
}
