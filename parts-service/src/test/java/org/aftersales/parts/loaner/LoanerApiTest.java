package org.aftersales.parts.loaner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.contract.ContractActivated;
import org.aftersales.events.parts.LoanerEvents;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.parts.Fixtures;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 备机: backup units lent from stock when the ticket's contract's loaner term covers the repair (no contract: a repair
 * longer than 2 days, seed 002), one loan per unit and one unit per ticket however many race, recovered with the days
 * on loan.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
public class LoanerApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @AfterEach
    void ledger_balances() {
        Fixtures.assertLedgerBalances();
    }

    @Test
    void a_backup_unit_is_lent_once_at_a_time_and_recovered_with_its_days_on_loan() {
        String unit = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receiveUnits(unit, warehouse, "BK-1", "BK-2");
        UUID ticket = UUID.randomUUID();

        String first = lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-1", warehouse)).then().statusCode(201)
                .body("status", equalTo("LENT")).body("reason", equalTo("REPAIR_LONGER_THAN_TERM"))
                .body("overdue", equalTo(false)).extract().path("id");
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-1", warehouse)).then().statusCode(409)
                .body("detail", containsString("out on loan"));
        lend(TestCaller.MANAGER, body(UUID.randomUUID(), unit, "BK-1", warehouse)).then().statusCode(409)
                .body("detail", containsString("out on loan"));
        lend(TestCaller.MANAGER, body(ticket, unit, "BK-2", warehouse)).then().statusCode(409)
                .body("detail", containsString("one unit per ticket"));
        lend(TestCaller.MANAGER, body(UUID.randomUUID(), unit, "BK-2", warehouse)).then().statusCode(201);
        lend(TestCaller.PARTS_CLERK, body(UUID.randomUUID(), unit, "BK-3", warehouse)).then().statusCode(409)
                .body("detail", containsString("0 available"));
        stock(unit, warehouse).then().body("items[0].onHand", equalTo(0));

        recover(first, warehouse).then().statusCode(200).body("status", equalTo("RECOVERED"))
                .body("daysOnLoan", equalTo(1)).body("recoveredBy", equalTo("parts"));
        recover(first, warehouse).then().statusCode(409);
        stock(unit, warehouse).then().body("items[0].onHand", equalTo(1));
        KAFKA.awaitRecords(LoanerEvents.LENT.topic(), r -> first.equals(r.key()), 2, Duration.ofSeconds(30));
    }

    @Test
    void bad_loans_roles_and_tenancy() {
        String plain = Fixtures.part(false);
        UUID partners = Fixtures.warehouse(TestCaller.PARTNER_A, null, "REGIONAL", null);
        Fixtures.receive(plain, partners, 1);
        lend(TestCaller.PARTS_CLERK, body(UUID.randomUUID(), plain, "BK-9", partners)).then().statusCode(400)
                .body("errors[0].field", equalTo("partNumber"));
        String unit = Fixtures.part(true);
        Fixtures.receiveUnits(unit, partners, "BK-9");
        UUID ticket = UUID.randomUUID();
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-9", partners).replace("\"P3D\"", "\"three days\""))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("expectedRepair"));
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-9", partners).replace("\"P3D\"", "\"P\"")).then()
                .statusCode(400).body("errors[0].field", equalTo("expectedRepair"));
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-9", partners).replace("\"P3D\"", "\"P99999D\"")).then()
                .statusCode(400).body("errors[0].field", equalTo("expectedRepair"));
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-9", partners).replace("\"P3D\"", "null")).then()
                .statusCode(400).body("errors[0].field", equalTo("expectedRepair"));
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-9", partners).replace("false", "null")).then()
                .statusCode(400).body("errors[0].field", equalTo("returnedToFactory"));
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-9", partners).replace("false", "\"no\"")).then()
                .statusCode(400).body("errors[0].field", equalTo("returnedToFactory"));
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-9", partners).replace("\"note\"", "\"reason\""))
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        loansOf(ticket).then().body("total", equalTo(0));
        lend(TestCaller.ENGINEER, body(UUID.randomUUID(), unit, "BK-9", partners)).then().statusCode(403);
        lend(TestCaller.PARTNER_B, body(UUID.randomUUID(), unit, "BK-9", partners)).then().statusCode(404);
        String loan = lend(TestCaller.PARTNER_A, body(UUID.randomUUID(), unit, "BK-9", partners))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/loaners/{id}", loan)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get("/api/v1/loaners/{id}", loan)
                .then().statusCode(403);
        given().when().get("/api/v1/loaners/{id}", loan).then().statusCode(401);
        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/loaners/{id}", loan)
                .then().statusCode(200).body("partnerOrganisation", equalTo("dealer-a"));
    }

    @Test
    void without_a_contract_the_default_term_lends_a_unit_only_for_a_repair_longer_than_two_days() {
        String unit = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receiveUnits(unit, warehouse, "BK-D");
        UUID ticket = UUID.randomUUID();
        for (String notLonger : List.of("P2D", "PT48H", "P1DT23H59M", "P0D")) {
            lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-D", warehouse, notLonger, false)).then()
                    .statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("with no contract in force, the default term lends one for "
                            + "a repair longer than PT48H"))
                    .body("detail", containsString("not longer than PT48H"));
        }
        loansOf(ticket).then().body("total", equalTo(0));
        stock(unit, warehouse).then().body("items[0].onHand", equalTo(1));

        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-D", warehouse, "PT49H", false)).then().statusCode(201)
                .body("reason", equalTo("REPAIR_LONGER_THAN_TERM")).body("expectedRepair", equalTo("PT49H"))
                .body("returnedToFactory", equalTo(false)).body("contractId", nullValue());
    }

    @Test
    void the_tickets_contract_sets_the_term_seed_003_only_back_to_the_factory_and_a_new_version_changes_it() {
        String organisation = "dealer-a/hospital-" + UUID.randomUUID().toString().substring(0, 8);
        String serial = "SN-LOAN-" + UUID.randomUUID();
        UUID ticket = ticket(organisation, serial);
        UUID contract = UUID.randomUUID();
        Fixtures.activate(contract, organisation, List.of(serial), null,
                new ContractActivated.LoanerTerm("PT24H", true));
        String unit = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        Fixtures.receiveUnits(unit, warehouse, "BK-F");
        String number = "HT-" + contract.toString().substring(0, 6);

        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-F", warehouse, "P3D", false)).then().statusCode(409)
                .body("detail", containsString("contract " + number + "'s loaner term lends one for a repair "
                        + "longer than PT24H and back to the factory"))
                .body("detail", containsString("the device does not go back to the factory"));
        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-F", warehouse, "PT24H", true)).then().statusCode(409)
                .body("detail", containsString("not longer than PT24H"));
        loansOf(ticket).then().body("total", equalTo(0));

        lend(TestCaller.PARTS_CLERK, body(ticket, unit, "BK-F", warehouse, "PT25H", true)).then().statusCode(201)
                .body("reason", equalTo("RETURNED_TO_FACTORY")).body("contractId", equalTo(contract.toString()))
                .body("customerOrganisation", equalTo(organisation)).body("expectedRepair", equalTo("PT25H"));

        // A new version of the contract (seed 002's words, but five days): the contract's term wins over the default.
        UUID other = ticket(organisation, serial);
        Fixtures.activate(contract, organisation, List.of(serial), null,
                new ContractActivated.LoanerTerm("P5D", false));
        Fixtures.receiveUnits(unit, warehouse, "BK-G");
        lend(TestCaller.PARTS_CLERK, body(other, unit, "BK-G", warehouse, "P3D", false)).then().statusCode(409)
                .body("detail", containsString("longer than PT120H"));
        lend(TestCaller.PARTS_CLERK, body(other, unit, "BK-G", warehouse, "P6D", false)).then().statusCode(201)
                .body("reason", equalTo("REPAIR_LONGER_THAN_TERM"));
    }

    @Test
    void many_simultaneous_loans_for_one_ticket_lend_exactly_one_unit() throws Exception {
        String unit = Fixtures.part(true);
        UUID warehouse = Fixtures.warehouse();
        int units = 40;
        Fixtures.receiveUnits(unit, warehouse, IntStream.range(0, units).mapToObj(i -> "BK-R-" + i)
                .toArray(String[]::new));
        UUID ticket = UUID.randomUUID();

        List<Response> answers = Fixtures.race(units, units, i -> () -> lend(TestCaller.PARTS_CLERK,
                body(ticket, unit, "BK-R-" + i, warehouse)));

        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() != 201).hasSize(units - 1)
                .allSatisfy(answer -> {
                    assertThat(answer.statusCode()).isEqualTo(409);
                    assertThat(answer.<String>path("detail")).contains("one unit per ticket");
                });
        loansOf(ticket).then().body("total", equalTo(1)).body("items[0].status", equalTo("LENT"));
        stock(unit, warehouse).then().body("items[0].onHand", equalTo(units - 1));
    }

    /** A ticket ticket-service created for the organisation's device, once parts-service applied it. */
    private static UUID ticket(String organisation, String serial) {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        CloudEvent<TicketCreated> created = CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(),
                now, new TicketCreated(ticket, organisation, serial, FaultLevel.MAJOR, "无法开机",
                        new Contact("王工", "+86 138 0000 0000", null, null), "agent", now, "FAULT", null, null));
        KAFKA.publish(TicketEvents.CREATED, created);
        Fixtures.awaitApplied(created.id());
        return ticket;
    }

    public static String body(UUID ticket, String part, String serial, UUID warehouse) {
        return body(ticket, part, serial, warehouse, "P3D", false);
    }

    static String body(UUID ticket, String part, String serial, UUID warehouse, String expectedRepair,
            boolean returnedToFactory) {
        return """
                {"ticketId": "%s", "partNumber": "%s", "serialNumber": "%s", "warehouseId": "%s",
                 "expectedRepair": "%s", "returnedToFactory": %s, "note": "维修预计超过 2 天"}"""
                .formatted(ticket, part, serial, warehouse, expectedRepair, returnedToFactory);
    }

    static Response loansOf(UUID ticket) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).queryParam("ticket", ticket.toString())
                .when().get("/api/v1/loaners").then().statusCode(200).extract().response();
    }

    public static Response lend(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/loaners");
    }

    static Response recover(String id, UUID warehouse) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token()).contentType(ContentType.JSON)
                .body("{\"warehouseId\": \"" + warehouse + "\"}")
                .when().post("/api/v1/loaners/{id}/recovery", id);
    }

    static Response stock(String part, UUID warehouse) {
        return given().auth().oauth2(TestCaller.PARTS_CLERK.token())
                .queryParam("part", part).queryParam("warehouse", warehouse.toString())
                .when().get("/api/v1/stock").then().statusCode(200).extract().response();
    }
}
