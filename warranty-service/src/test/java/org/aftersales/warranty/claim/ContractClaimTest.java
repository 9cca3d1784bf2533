package org.aftersales.warranty.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.aftersales.warranty.commitment.CommitmentTemplates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A business purchase under contract: the statutory consumer rules do not apply, the contract's
 * commitment (seed 002: same fault repaired twice and still failing → a new unit; here with misuse excluded)
 * decides.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ContractClaimTest {

    String device;
    String contractNumber;

    @BeforeEach
    void aHospitalMonitorUnderSeed002() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String commitment = "hospital-claims-" + unique;
        device = given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("""
                        {"serialNumber": "SN-MON-%s", "model": "PM-8000", "brand": "迈瑞",
                         "customerOrganisation": "dealer-a/customer-a", "invoiceDate": "2026-01-05",
                         "deliveryDate": "2026-01-10", "acceptanceDate": "2026-01-20"}""".formatted(unique))
                .when().post("/api/v1/devices").then().statusCode(201).extract().path("id");
        contractNumber = ContractFixture.underContract(CommitmentTemplates.text("seed-002-hospital-it")
                .replace("\"seed-002-hospital-it\"", "\"" + commitment + "\"")
                .replace("\"warranty\": {", "\"warranty\": { \"exclusions\": [\"MISUSE\"],"), commitment, device);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "two failed repairs, not assessed  | '' | EXCHANGE     | .REPEAT",
        "one failed repair, not assessed   | 1  | FREE_REPAIR  | .FREE",
        "two failed repairs, misuse        | M  | PAID_REPAIR  | .EXCL",
    })
    void the_contracts_commitment_decides_a_business_purchase(String name, String variant, String remedy, String rule) {
        String repairs = "1".equals(variant)
                ? "[{\"startedAt\": \"2026-05-01T01:00:00Z\", \"endedAt\": \"2026-05-02T01:00:00Z\", \"faultCode\": \"NO-BOOT\"}]"
                : "[{\"startedAt\": \"2026-05-01T01:00:00Z\", \"endedAt\": \"2026-05-02T01:00:00Z\", \"faultCode\": \"NO-BOOT\"},"
                        + " {\"startedAt\": \"2026-05-10T01:00:00Z\", \"endedAt\": \"2026-05-11T01:00:00Z\", \"faultCode\": \"NO-BOOT\"}]";
        String assessment = "M".equals(variant)
                ? ", \"assessment\": {\"verdict\": \"NOT_QUALITY_PROBLEM\", \"cause\": \"MISUSE\", \"reason\": \"进液\"}" : "";
        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON)
                .body("""
                        {"deviceId": "%s", "productCategory": "patient-monitor", "price": 58000.00,
                         "fault": {"code": "NO-BOOT"}, "claimedAt": "2026-05-20T02:00:00Z",
                         "purchase": {"buyer": "BUSINESS"}, "repairs": %s %s}""".formatted(device, repairs, assessment))
                .when().post("/api/v1/claims")
                .then().statusCode(201)
                .body("decision.remedy", equalTo(remedy))
                .body("decision.policyId", startsWith("CONTRACT."))
                .body("decision.ruleId", equalTo("CONTRACT." + contractNumber + rule))
                .body("decision.trace.ruleId", hasItem("CONTRACT"));
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/devices/{id}/history", device)
                .then().statusCode(200)
                .body("claims.remedy", hasItem(remedy));
    }
}
