package org.aftersales.parts.reservation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.parts.ReservationEvents;
import org.aftersales.events.parts.LoanerEvents;
import org.aftersales.parts.Fixtures;
import org.aftersales.parts.loaner.LoanerApiTest;
import org.aftersales.parts.oldpart.OldPartApiTest;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/** A reservation not issued within its hold is released by its persistent timer, once, and its stock is free. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
@TestProfile(ReservationExpiryTest.ShortHold.class)
class ReservationExpiryTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    /** A hold of two seconds; old parts expected back, and loans, within one. */
    public static class ShortHold implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aftersales.parts.reservation-hold", "PT2S",
                    "aftersales.parts.old-part-return-within", "PT1S",
                    "aftersales.parts.loan-limit", "PT1S");
        }
    }

    @Test
    void a_loan_not_recovered_in_time_is_overdue_once() {
        String unit = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receiveUnits(unit, warehouse, "BK-OD");
        String loan = LoanerApiTest.lend(TestCaller.PARTS_CLERK, LoanerApiTest.body(UUID.randomUUID(), unit, "BK-OD",
                warehouse)).then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("overdue", "true").queryParam("size", "500").when().get("/api/v1/loaners")
                .then().statusCode(200).extract().jsonPath().getList("items.id").contains(loan));
        KAFKA.awaitRecords(LoanerEvents.OVERDUE.topic(), r -> loan.equals(r.key())
                && r.value().contains(LoanerEvents.OVERDUE.type()), 1, Duration.ofSeconds(30));
        Fixtures.assertLedgerBalances();
    }

    @Test
    void an_old_part_not_back_in_time_is_listed_overdue_for_its_engineer() {
        String oldPart = OldPartApiTest.consumedOldPart(UUID.randomUUID(),
                Fixtures.warehouse());
        await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(TestCaller.ENGINEER.token())
                .queryParam("overdue", "true").queryParam("engineer", "engineer").queryParam("size", "500")
                .when().get("/api/v1/part-returns").then().statusCode(200).extract().jsonPath()
                .getList("items.id").contains(oldPart));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).when().get("/api/v1/part-returns/{id}", oldPart)
                .then().body("overdue", equalTo(true));
    }

    @Test
    void an_unissued_reservation_expires_and_an_issued_one_does_not() {
        String part = Fixtures.part(false);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receive(part, warehouse, 2);
        String expiring = ReservationApiTest.reserve(TestCaller.PARTS_CLERK,
                Fixtures.reservation(UUID.randomUUID(), part, warehouse, 1)).then().statusCode(201)
                .extract().path("id");
        String issued = ReservationApiTest.reserve(TestCaller.PARTS_CLERK,
                Fixtures.reservation(UUID.randomUUID(), part, warehouse, 1)).then().statusCode(201)
                .extract().path("id");
        ReservationApiTest.step(TestCaller.PARTS_CLERK, issued, "{\"action\": \"ISSUE\", \"issuedTo\": \"engineer\"}")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).until(() -> "RELEASED".equals(status(expiring)));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token()).when().get("/api/v1/reservations/{id}", expiring)
                .then().body("releasedReason", equalTo("EXPIRED")).body("closedBy", equalTo("parts-service"));
        KAFKA.awaitRecords(ReservationEvents.RELEASED.topic(), r -> expiring.equals(r.key())
                && r.value().contains("EXPIRED"), 1, Duration.ofSeconds(30));
        given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("part", part).queryParam("warehouse", warehouse.toString())
                .when().get("/api/v1/stock").then().statusCode(200)
                .body("items[0].onHand", equalTo(1)).body("items[0].available", equalTo(1));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> "ISSUED".equals(status(issued)));
        Fixtures.assertLedgerBalances();
    }

    private static String status(String id) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).when().get("/api/v1/reservations/{id}", id)
                .then().statusCode(200).extract().path("status");
    }
}
