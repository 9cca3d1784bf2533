package org.aftersales.warranty.history;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.InspectionDone;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketResolved;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/** Resolved tickets from the real broker become the device's repair history, once each. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class RepairHistoryTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Instant MONDAY = Instant.parse("2026-11-16T01:00:00Z");

    @Test
    void resolved_tickets_build_the_history_once_each_and_only_the_owners_see_it() {
        String serial = "SN-HIST-" + UUID.randomUUID().toString().substring(0, 8);
        String device = given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "dealer-a/customer-a"}""".formatted(serial))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
        CloudEvent<TicketResolved> first = resolved(serial, MONDAY, Duration.ofHours(30), false);
        CloudEvent<TicketResolved> second = resolved(serial, MONDAY.plus(Duration.ofDays(7)), Duration.ofHours(5), false);

        KAFKA.publish(TicketEvents.RESOLVED, first);
        KAFKA.publish(TicketEvents.RESOLVED, first);
        KAFKA.publish(TicketEvents.RESOLVED, second);

        await().atMost(Duration.ofSeconds(60)).until(() -> repairsOf(device, TestCaller.CUSTOMER_A).size() == 2);
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/devices/{id}/history", device)
                .then().statusCode(200)
                .body("repairs.repairDays", contains(2, 1))
                .body("counts[0].faultCode", equalTo("NO-POWER"))
                .body("counts[0].repairs", equalTo(2))
                .body("counts[0].failingInARow", equalTo(2))
                .body("totalRepairDays", equalTo(3));
        for (TestCaller stranger : List.of(TestCaller.CUSTOMER_B, TestCaller.PARTNER_B)) {
            given().auth().oauth2(stranger.token())
                    .when().get("/api/v1/devices/{id}/history", device)
                    .then().statusCode(404).contentType("application/problem+json");
        }
        given().when().get("/api/v1/devices/{id}/history", device).then().statusCode(401);
    }

    @Test
    void an_inspection_with_its_record_sheet_joins_the_history_once() {
        String serial = "SN-INSP-" + UUID.randomUUID().toString().substring(0, 8);
        String device = given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "dealer-a/customer-a"}""".formatted(serial))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
        UUID ticket = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-15T06:00:00Z");
        CloudEvent<InspectionDone> inspection = CloudEvent.of(TicketEvents.INSPECTION_DONE, "/ticket-service",
                ticket.toString(), at, new InspectionDone(ticket, "dealer-a/customer-a", serial, at, "OK 0.8Ω", "轻微积灰，已清洁",
                        "正常", "V2.3.1", "风扇轴承有异响", "engineer"));

        KAFKA.publish(TicketEvents.INSPECTION_DONE, inspection);
        KAFKA.publish(TicketEvents.INSPECTION_DONE, inspection);
        KAFKA.publish(TicketEvents.RESOLVED, resolved(serial, MONDAY, Duration.ofHours(2), true));

        await().atMost(Duration.ofSeconds(60)).until(() -> repairsOf(device, TestCaller.CUSTOMER_A).size() == 1);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/devices/{id}/history", device)
                .then().statusCode(200)
                .body("inspections.ticketId", contains(ticket.toString()))
                .body("inspections[0].softwareVersion", equalTo("V2.3.1"))
                .body("inspections[0].findings", equalTo("风扇轴承有异响"));
    }

    static CloudEvent<TicketResolved> resolved(String serial, Instant start, Duration repair, boolean faultGone) {
        UUID ticket = UUID.randomUUID();
        return CloudEvent.of(TicketEvents.RESOLVED, "/ticket-service", ticket.toString(), start.plus(repair),
                new TicketResolved(ticket, "dealer-a/customer-a", serial, "power-supply", "NO-POWER", start,
                        start.plus(repair), List.of("PSU-220V-01"), faultGone, "engineer", null, null, null, null));
    }

    static List<Object> repairsOf(String device, TestCaller caller) {
        return given().auth().oauth2(caller.token())
                .when().get("/api/v1/devices/{id}/history", device)
                .then().statusCode(200)
                .extract().jsonPath().getList("repairs");
    }
}
