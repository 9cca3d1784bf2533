package org.aftersales.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Persistent timers across a restart of the service that owns them. */
@ExtendWith(LocalStack.class)
class TimerRestartTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = LocalStack.GATEWAY;
    }

    @Test
    void a_deadline_that_falls_due_while_ticket_service_is_down_fires_once_after_it_restarts() throws Exception {
        String ticket = given().auth().oauth2(DemoUser.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body(GatewayEndToEndTest.newTicket("SN-E2E-RESTART-" + UUID.randomUUID()))
                .when().post("/api/v1/tickets").then().statusCode(201).extract().path("id");
        assertThat(clocks(ticket).getString("clocks.find { it.target == 'RESPONSE' }.state")).isEqualTo("RUNNING");

        LocalStack.stop("ticket-service");
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:5432/ticket", "postgres",
                "postgres")) {
            // While nothing runs, the response promise becomes "at once", and its breach timer falls due now:
            // what a process would find after being down past a deadline.
            update(db, """
                    update ticket_clock set business_time_seconds = 0
                    where ticket_id = ?::uuid and target = 'RESPONSE'""", ticket);
            update(db, """
                    update timer set due_at = now() where kind = 'sla-breach' and subject = (select cast(id as varchar)
                      from ticket_clock where ticket_id = ?::uuid and target = 'RESPONSE')""", ticket);
        }
        LocalStack.startMissing();

        await().atMost(Duration.ofSeconds(30)).until(() -> clocks(ticket).getList("breaches").size() == 1);
        JsonPath clocks = clocks(ticket);
        assertThat(clocks.getString("clocks.find { it.target == 'RESPONSE' }.state")).isEqualTo("BREACHED");
        assertThat(clocks.getString("breaches[0].target")).isEqualTo("RESPONSE");
        given().auth().oauth2(DemoUser.AGENT.token()).when().get("/api/v1/tickets/{id}/escalations", ticket)
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].trigger", equalTo("BREACH"));
    }

    private static void update(Connection db, String sql, String ticket) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, ticket);
            assertThat(statement.executeUpdate()).as(sql).isEqualTo(1);
        }
    }

    private static JsonPath clocks(String ticket) {
        return given().auth().oauth2(DemoUser.AGENT.token()).when().get("/api/v1/tickets/{id}/clocks", ticket)
                .then().statusCode(200).extract().jsonPath();
    }
}
