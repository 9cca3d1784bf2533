package org.aftersales.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity with the real Keycloak, through the gateway: a partner system's machine client belongs to its partner's
 * organisation, and only access tokens meant for the suite are accepted.
 */
@ExtendWith(LocalStack.class)
class IdentityEndToEndTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = LocalStack.GATEWAY;
    }

    /** A client-credentials token of dealer-a's machine client (its secret is a local demo secret). */
    private static String integrationToken(String dealer) {
        return given().baseUri(LocalStack.KEYCLOAK)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", "integration-" + dealer)
                .formParam("client_secret", "integration-" + dealer + "-demo-secret")
                .when().post("/realms/aftersales/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    private static String register(String token, String organisation, String serial) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"deviceSerial": "%s", "customerOrganisation": "%s", "description": "远程监控告警：温度过高",
                         "faultLevel": "MAJOR", "channel": "REMOTE_MONITORING",
                         "contact": {"name": "值班室", "phone": "+86 10 0000 0000"}}""".formatted(serial, organisation))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void a_partners_machine_client_acts_for_its_own_organisation_only() {
        String token = integrationToken("dealer-a");
        String ours = register(token, "dealer-a/customer-a", "SN-E2E-INT-" + System.nanoTime());
        given().auth().oauth2(token).when().get("/api/v1/tickets/{id}", ours)
                .then().statusCode(200)
                .body("createdBy", equalTo("service-account-integration-dealer-a"));

        String theirs = register(DemoUser.PARTNER_B.token(), "dealer-b/customer-b", "SN-E2E-B-" + System.nanoTime());
        given().auth().oauth2(token).when().get("/api/v1/tickets/{id}", theirs)
                .then().statusCode(404);
        given().auth().oauth2(integrationToken("dealer-b")).when().get("/api/v1/tickets/{id}", ours)
                .then().statusCode(404);
    }

    @Test
    void an_id_token_from_keycloak_is_refused_with_401() {
        String idToken = given().baseUri(LocalStack.KEYCLOAK)
                .formParam("grant_type", "password")
                .formParam("client_id", "aftersales-cli")
                .formParam("username", "agent")
                .formParam("password", "demo123")
                .formParam("scope", "openid")
                .when().post("/realms/aftersales/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("id_token");
        given().auth().oauth2(idToken).when().get("/api/v1/tickets")
                .then().statusCode(401);
        given().auth().oauth2(DemoUser.AGENT.token()).when().get("/api/v1/tickets")
                .then().statusCode(200);
    }
}
