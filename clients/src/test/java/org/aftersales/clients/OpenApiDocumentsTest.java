package org.aftersales.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's committed OpenAPI document is the one its build stores today, so the clients generated from it
 * cannot drift from the service. Run with {@code -Dopenapi.regenerate} to rewrite them ({@link OpenApiDocuments#REFRESH}).
 */
class OpenApiDocumentsTest {

    static List<String> services() {
        return OpenApiDocuments.services();
    }

    @Test
    void the_five_services_have_a_document() {
        assertThat(services()).containsExactly("complaint-service", "notification-service", "parts-service",
                "ticket-service", "warranty-service");
    }

    @ParameterizedTest
    @MethodSource("services")
    void the_committed_document_is_the_one_the_service_builds(String service) throws IOException {
        Path built = OpenApiDocuments.built(service);
        Path committed = OpenApiDocuments.committed(service);
        assertThat(built)
                .as("%s stores no document: it needs quarkus.smallrye-openapi.store-schema-directory=target/openapi,"
                        + " and this test runs after its package phase: %s", service, OpenApiDocuments.REFRESH)
                .exists();
        if (System.getProperty("openapi.regenerate") != null) {
            Files.createDirectories(committed.getParent());
            Files.copy(built, committed, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(committed)
                .as("%s/src/main/openapi/openapi.yaml is stale: run %s", service, OpenApiDocuments.REFRESH)
                .exists()
                .hasSameTextualContentAs(built);
    }
}
