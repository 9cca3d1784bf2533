package org.aftersales.warranty.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV imports and YAML commitments: what cannot be stored is refused by row or by document, quickly. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class UploadLimitsTest {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String YAML = "application/yaml; charset=UTF-8";

    @Inject
    EntityManager entityManager;

    static String prefix() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    long devices(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from device where serial_number like ?1")
                .setParameter(1, prefix + "%").getSingleResult()).longValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-999999999-01-01", "0000-01-01", "+10000-01-01"})
    void a_row_with_a_date_out_of_range_is_refused_and_the_others_are_imported(String date) {
        String prefix = prefix();
        String document = """
                serialNumber,model,brand,customerOrganisation,invoiceDate
                %s1,PM-8000,Mindray,dealer-a/customer-a,2024-06-28
                %s2,PM-8000,Mindray,dealer-a/customer-a,%s
                %s3,PM-8000,Mindray,dealer-a/customer-a,2024-06-29
                """.formatted(prefix, prefix, date, prefix);

        given().auth().oauth2(TestCaller.AGENT.token()).contentType(CSV).body(document)
                .when().post("/api/v1/devices/import?mode=VALID_ROWS")
                .then().statusCode(200)
                .body("imported", equalTo(2))
                .body("rejected[0].line", equalTo(3))
                .body("rejected[0].field", equalTo("invoiceDate"));
        assertThat(devices(prefix)).isEqualTo(2);
    }

    @Test
    void a_nul_in_a_cell_answers_400_naming_its_line_and_stores_nothing() {
        String prefix = prefix();
        String document = "serialNumber,model,brand,customerOrganisation\n"
                + prefix + "1,PM-8000,Mindray,dealer-a/customer-a\n"
                + prefix + "2,PM\u00008000,Mindray,dealer-a/customer-a\n";

        given().auth().oauth2(TestCaller.AGENT.token()).contentType(CSV)
                .body(document.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/devices/import?mode=VALID_ROWS")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("line[3]"))
                .body("errors[0].message", containsString("NUL"));
        assertThat(devices(prefix)).isZero();
    }

    @Test
    void a_commitment_of_a_few_mib_is_refused_quickly() {
        String yaml = "id: big\ntitle: big\nnotes: |\n" + "  padding padding padding padding padding\n".repeat(80_000);

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(YAML)
                .body(yaml.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/commitments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .time(lessThan(10L), TimeUnit.SECONDS);
    }

    @Test
    void a_yaml_alias_bomb_is_refused_quickly() {
        StringBuilder yaml = new StringBuilder("id: bomb\ntitle: bomb\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int level = 1; level < 10; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            yaml.append("]\n");
        }

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(YAML)
                .body(yaml.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/commitments")
                .then().statusCode(400).contentType("application/problem+json")
                .time(lessThan(10L), TimeUnit.SECONDS);
    }

    @Test
    void a_deeply_nested_commitment_is_refused_quickly() {
        String yaml = "id: deep\ntitle: deep\nnotes: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(YAML)
                .body(yaml.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/commitments")
                .then().statusCode(400).contentType("application/problem+json")
                .time(lessThan(10L), TimeUnit.SECONDS);
    }

    @Test
    void a_nul_in_a_commitment_answers_400_naming_its_path() {
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType("application/json")
                .body("{\"id\": \"nul\", \"title\": \"a\\u0000b\"}")
                .when().post("/api/v1/commitments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title"));
    }
}
