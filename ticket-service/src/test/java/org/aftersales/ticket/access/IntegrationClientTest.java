package org.aftersales.ticket.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * A partner system's machine client acts for its own organisation only: the service account of
 * {@code integration-dealer-a} has roles partner and integration and organisation {@code dealer-a}.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class IntegrationClientTest {

    private static String ticket(String organisation, String serial) {
        return """
                {"deviceSerial": "%s", "customerOrganisation": "%s", "description": "远程监控告警",
                 "faultLevel": "MAJOR", "channel": "REMOTE_MONITORING",
                 "contact": {"name": "值班", "phone": "+86 10 0000 0000"}}""".formatted(serial, organisation);
    }

    private static String register(TestCaller caller, String organisation, String serial) {
        return given().auth().oauth2(caller.token())
                .contentType(ContentType.JSON).body(ticket(organisation, serial))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void registers_and_reads_tickets_of_its_own_organisation() {
        String id = register(TestCaller.INTEGRATION_A, "dealer-a/customer-a", "SN-INT-A1");
        given().auth().oauth2(TestCaller.INTEGRATION_A.token())
                .when().get("/api/v1/tickets/{id}", id)
                .then().statusCode(200)
                .body("createdBy", equalTo("service-account-integration-dealer-a"));
    }

    @Test
    void another_partners_ticket_is_404_and_its_list_is_empty() {
        String theirs = register(TestCaller.PARTNER_B, "dealer-b/customer-b", "SN-INT-B1");
        given().auth().oauth2(TestCaller.INTEGRATION_A.token())
                .when().get("/api/v1/tickets/{id}", theirs)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.INTEGRATION_A.token())
                .when().get("/api/v1/tickets?deviceSerial=SN-INT-B1")
                .then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void may_not_register_for_another_partners_customer_as_no_partner_may() {
        given().auth().oauth2(TestCaller.INTEGRATION_A.token())
                .contentType(ContentType.JSON).body(ticket("dealer-b/customer-b", "SN-INT-B2"))
                .when().post("/api/v1/tickets")
                .then().statusCode(403);
    }

    @Test
    void may_not_act_as_vendor_staff() {
        String id = register(TestCaller.INTEGRATION_A, "dealer-a/customer-a", "SN-INT-A2");
        given().auth().oauth2(TestCaller.INTEGRATION_A.token())
                .contentType(ContentType.JSON).body("{\"faultLevel\": \"CRITICAL\", \"faultType\": \"HARDWARE\"}")
                .when().post("/api/v1/tickets/{id}/classification", id)
                .then().statusCode(403);
    }
}
