package org.aftersales.warranty.entitlement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.warranty.commitment.CommitmentTemplates;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class EntitlementApiTest {

    @Test
    void a_device_under_contract_shows_each_components_period_and_a_device_without_one_says_so() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String commitment = "plant-" + unique;
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body(CommitmentTemplates.text("seed-001-plant-equipment")
                        .replace("\"seed-001-plant-equipment\"", "\"" + commitment + "\""))
                .when().post("/api/v1/commitments").then().statusCode(201);
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/commitments/{id}/versions/1/publish", commitment).then().statusCode(200);
        String device = given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "SN-ENT-%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "dealer-a/customer-a", "invoiceDate": "2024-06-28",
                         "deliveryDate": "2024-07-02", "acceptanceDate": "2024-07-10"}""".formatted(unique))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/devices/{id}/entitlement?at=2025-01-01", device)
                .then().statusCode(200)
                .body("contract", nullValue())
                .body("notes[0]", containsString("No contract"));

        String contract = given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("""
                        {"number": "HT-ENT-%s", "customerOrganisation": "dealer-a/customer-a", "commitmentId": "%s",
                         "commitmentVersion": 1, "deviceIds": ["%s"], "startsOn": "2024-07-01"}"""
                        .formatted(unique, commitment, device))
                .when().post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/contracts/{id}/activation", contract).then().statusCode(200);

        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/devices/{id}/entitlement?at=2028-01-01", device)
                .then().statusCode(200)
                .body("contract.id", equalTo(contract))
                .body("startEvent", equalTo("ACCEPTANCE"))
                .body("startDate", equalTo("2024-07-10"))
                .body("components.period", hasItems("P3Y", "P5Y"))
                .body("components.covered", contains(false, true));
        given().auth().oauth2(TestCaller.CUSTOMER_B.token())
                .when().get("/api/v1/devices/{id}/entitlement", device)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/devices/{id}/entitlement?at=someday", device)
                .then().statusCode(400).body("errors[0].field", equalTo("at"));
    }
}
