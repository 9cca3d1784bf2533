package org.aftersales.ticket.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/** Idempotency-Key in ticket-service: a retried registration or transition answers the first result again. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class IdempotentTicketsTest {

    @Inject
    EntityManager entityManager;

    static String ticket(String serial) {
        return """
                {"deviceSerial": "%s", "customerOrganisation": "dealer-a/customer-a", "description": "监护仪黑屏",
                 "faultLevel": "MAJOR", "contact": {"name": "王工", "phone": "+86 138 0000 0000"}}""".formatted(serial);
    }

    static ExtractableResponse<Response> post(String key, String path, String body) {
        return given().auth().oauth2(TestCaller.AGENT.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(path).then().extract();
    }

    long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    @Test
    void a_retried_registration_answers_the_same_ticket_location_and_etag_and_registers_one() {
        String serial = "SN-IDEM-" + UUID.randomUUID().toString().substring(0, 8);
        String key = UUID.randomUUID().toString();
        var first = post(key, "/api/v1/tickets", ticket(serial));
        var retry = post(key, "/api/v1/tickets", ticket(serial));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(count("select count(*) from ticket where device_serial = ?1", serial)).isEqualTo(1);
    }

    @Test
    void a_retried_transition_is_applied_once() {
        String serial = "SN-IDEM-" + UUID.randomUUID().toString().substring(0, 8);
        String ticket = post(UUID.randomUUID().toString(), "/api/v1/tickets", ticket(serial)).path("id");
        String key = UUID.randomUUID().toString();
        var first = post(key, "/api/v1/tickets/" + ticket + "/transitions", "{\"action\": \"ACKNOWLEDGE\"}");
        var retry = post(key, "/api/v1/tickets/" + ticket + "/transitions", "{\"action\": \"ACKNOWLEDGE\"}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).as("a second ACKNOWLEDGE would be refused; the retry is the first answer")
                .isEqualTo(200);
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(count("select count(*) from outbox_event where aggregateid = ?1 "
                + "and type = 'aftersales.ticket.acknowledged.v1'", ticket)).isEqualTo(1);
    }
}
