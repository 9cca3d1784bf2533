package org.aftersales.ticket.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.stream.Stream;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.aftersales.ticket.TicketApi;

/** 电话支持记录单: appended by the service desk, read by whoever may see the ticket. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class PhoneSupportApiTest {

    static final String RECORD = """
            {"problem": "开机后屏幕无显示，电源灯亮", "diagnosis": "背光板故障", "solution": "安排工程师上门更换背光板"}""";

    String ticket;

    @BeforeEach
    void aTicketOfCustomerA() {
        ticket = TicketApi.register(TestCaller.CUSTOMER_A,
                TicketApi.fault(TicketApi.uniqueSerial("SN-CALL")));
    }

    Response record(TestCaller caller, String body) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tickets/{id}/phone-support", ticket);
    }

    @Test
    void the_desk_records_calls_and_the_customer_reads_them_oldest_first() {
        record(TestCaller.AGENT, RECORD).then().statusCode(201)
                .body("id", notNullValue())
                .body("problem", equalTo("开机后屏幕无显示，电源灯亮"))
                .body("recordedBy", equalTo("agent"))
                .body("recordedAt", notNullValue());
        // An engineer works the tickets assigned to them only (dispatch assigns; here set directly).
        QuarkusTransaction.requiringNew().run(() -> Ticket.update("assignedEngineer = ?1 where id = ?2", "engineer",
                UUID.fromString(ticket)));
        record(TestCaller.ENGINEER, "{\"problem\": \" 复测仍黑屏 \", \"diagnosis\": \"  \"}").then().statusCode(201)
                .body("problem", equalTo("复测仍黑屏"))
                .body("diagnosis", nullValue())
                .body("solution", nullValue());
        record(TestCaller.MANAGER, "{\"problem\": \"客户催促\", \"solution\": \"升级处理\"}").then().statusCode(201);

        for (TestCaller reader : new TestCaller[] {TestCaller.CUSTOMER_A, TestCaller.PARTNER_A, TestCaller.AGENT}) {
            given().auth().oauth2(reader.token()).when().get("/api/v1/tickets/{id}/phone-support", ticket)
                    .then().statusCode(200)
                    .body("$", hasSize(3))
                    .body("recordedBy", contains("agent", "engineer", "manager"))
                    .body("diagnosis", contains("背光板故障", null, null));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestCaller.class, names = {"CUSTOMER_A", "PARTNER_A", "PARTS_CLERK", "QUALITY", "ADMIN"})
    void others_may_not_record(TestCaller caller) {
        record(caller, RECORD).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}/phone-support", ticket)
                .then().statusCode(200).body("$", hasSize(0));
    }

    static Stream<Arguments> invalidRecords() {
        return Stream.of(
                Arguments.of("{}", "problem"),
                Arguments.of("{\"problem\": \"  \"}", "problem"),
                Arguments.of("{\"problem\": \"" + "长".repeat(4001) + "\"}", "problem"),
                Arguments.of("{\"problem\": \"黑屏\", \"diagnosis\": \"" + "长".repeat(4001) + "\"}", "diagnosis"),
                Arguments.of("{\"problem\": \"黑屏\", \"solution\": \"" + "长".repeat(4001) + "\"}", "solution"),
                Arguments.of("{\"problem\": \"黑屏\", \"recordedBy\": \"someone\"}", "recordedBy"),
                Arguments.of("{\"problem\": 42}", "problem"),
                Arguments.of("not json", "body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRecords")
    void an_invalid_record_is_400_naming_the_field_and_stores_nothing(String body, String field) {
        record(TestCaller.AGENT, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems(field));
        given().auth().oauth2(TestCaller.AGENT.token()).when().get("/api/v1/tickets/{id}/phone-support", ticket)
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void another_tenant_or_an_unknown_ticket_is_404_a_cancelled_one_409_and_no_token_401() {
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).when().get("/api/v1/tickets/{id}/phone-support", ticket)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.PARTNER_B.token()).when().get("/api/v1/tickets/{id}/phone-support", ticket)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).body(RECORD)
                .when().post("/api/v1/tickets/{id}/phone-support", UUID.randomUUID())
                .then().statusCode(404);
        given().when().get("/api/v1/tickets/{id}/phone-support", ticket).then().statusCode(401);

        TicketApi.act(TestCaller.AGENT, ticket, "{\"action\": \"CANCEL\", \"reason\": \"重复报修\"}")
                .then().statusCode(200);
        record(TestCaller.AGENT, RECORD).then().statusCode(409).contentType("application/problem+json");
    }
}
