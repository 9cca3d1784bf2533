package org.aftersales.warranty.claim;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import org.aftersales.testing.TestCaller;

/** A device under an active contract whose commitment is published from a document, through the API. */
final class ContractFixture {

    private ContractFixture() {
    }

    /** Publishes {@code document} as commitment {@code commitment} and puts {@code device} under it; the contract number. */
    static String underContract(String document, String commitment, String device) {
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(document)
                .when().post("/api/v1/commitments").then().statusCode(201);
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/commitments/{id}/versions/1/publish", commitment).then().statusCode(200);
        String number = "HT-" + commitment;
        String contract = given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("""
                        {"number": "%s", "customerOrganisation": "dealer-a/customer-a", "commitmentId": "%s",
                         "commitmentVersion": 1, "deviceIds": ["%s"], "startsOn": "2026-01-01"}"""
                        .formatted(number, commitment, device))
                .when().post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestCaller.MANAGER.token())
                .when().post("/api/v1/contracts/{id}/activation", contract).then().statusCode(200);
        return number;
    }
}
