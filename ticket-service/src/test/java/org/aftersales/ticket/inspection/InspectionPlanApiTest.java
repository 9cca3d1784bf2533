package org.aftersales.ticket.inspection;

import static io.restassured.RestAssured.given;
import static org.aftersales.ticket.inspection.InspectionFixtures.CUSTOMER_A;
import static org.aftersales.ticket.inspection.InspectionFixtures.every;
import static org.aftersales.ticket.inspection.InspectionFixtures.inMonths;
import static org.aftersales.ticket.inspection.InspectionFixtures.serial;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.calendar.ServiceCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/inspection-plans}: a contract's schedules and each device's next visits. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class InspectionPlanApiTest {

    @Inject
    InspectionGenerator generator;

    @Inject
    InspectionFixtures fixtures;

    UUID contract;
    String accepted;
    String notInInstalledBase;
    LocalDate acceptedOn;
    LocalDate startsOn;

    @BeforeEach
    void aContractOfCustomerA() throws Exception {
        LocalDate today = LocalDate.now(ServiceCalendar.DEFAULT_ZONE);
        acceptedOn = today.plusDays(5).minusMonths(1);
        startsOn = today.minusMonths(2);
        accepted = serial("PLAN-A");
        notInInstalledBase = serial("PLAN-C");
        String replaced = serial("PLAN-B");
        contract = fixtures.contract(CUSTOMER_A, List.of(accepted, replaced, notInInstalledBase), startsOn, null,
                List.of(every("monthly", 1), inMonths("half-yearly", List.of(1, 7), 15)), null);
        fixtures.device(accepted, CUSTOMER_A, acceptedOn, null);
        fixtures.device(replaced, CUSTOMER_A, null, serial("PLAN-NEW"));
    }

    @Test
    void the_plan_shows_the_schedules_and_each_devices_next_visits_with_their_tickets_once_generated() {
        generator.generate(Instant.now());

        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("contractId", contract)
                .when().get("/api/v1/inspection-plans")
                .then().statusCode(200)
                .body("contractId", equalTo(contract.toString()))
                .body("customerOrganisation", equalTo(CUSTOMER_A))
                .body("schedules.name", contains("monthly", "half-yearly"))
                .body("schedules[0].everyMonths", equalTo(1))
                .body("schedules[0].day", nullValue())
                .body("schedules[1].months", contains(1, 7))
                .body("schedules[1].day", equalTo(15))
                .body("reportWithin.workingDays", equalTo(3))
                .body("devices.deviceSerial", contains(accepted, notInInstalledBase))
                .body("devices[0].warrantyStart", equalTo(acceptedOn.toString()))
                .body("devices[0].warrantyStartFrom", equalTo("ACCEPTANCE"))
                .body("devices[0].next", hasSize(4))
                .body("devices[0].next.findAll { it.scheduleName == 'monthly' }[0].dueOn",
                        equalTo(acceptedOn.plusMonths(1).toString()))
                .body("devices[0].next.findAll { it.scheduleName == 'monthly' }[0].ticketId", notNullValue())
                .body("devices[0].next.findAll { it.scheduleName == 'monthly' }[1].ticketId", nullValue())
                .body("devices[1].warrantyStart", equalTo(startsOn.toString()))
                .body("devices[1].warrantyStartFrom", equalTo("CONTRACT_START"));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("contractId", contract).queryParam("count", 2)
                .when().get("/api/v1/inspection-plans")
                .then().statusCode(200).body("devices[0].next", hasSize(2));
    }

    @Test
    void customers_and_partners_see_their_own_contracts_only() {
        for (TestCaller own : List.of(TestCaller.CUSTOMER_A, TestCaller.PARTNER_A, TestCaller.MANAGER)) {
            given().auth().oauth2(own.token()).queryParam("contractId", contract)
                    .when().get("/api/v1/inspection-plans").then().statusCode(200);
        }
        for (TestCaller other : List.of(TestCaller.CUSTOMER_B, TestCaller.PARTNER_B)) {
            given().auth().oauth2(other.token()).queryParam("contractId", contract)
                    .when().get("/api/v1/inspection-plans").then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void refusals_name_their_reason() {
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("contractId", UUID.randomUUID())
                .when().get("/api/v1/inspection-plans").then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/inspection-plans")
                .then().statusCode(400).body("errors.field", hasItems("contractId"));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("contractId", "HT-2026-0042")
                .when().get("/api/v1/inspection-plans")
                .then().statusCode(400).body("errors.field", hasItems("contractId"));
        given().auth().oauth2(TestCaller.AGENT.token()).queryParam("contractId", contract).queryParam("count", 0)
                .when().get("/api/v1/inspection-plans").then().statusCode(400).body("errors.field", hasItems("count"));
        given().queryParam("contractId", contract)
                .when().get("/api/v1/inspection-plans").then().statusCode(401);
    }
}
