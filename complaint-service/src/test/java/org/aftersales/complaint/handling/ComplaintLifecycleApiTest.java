package org.aftersales.complaint.handling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.aftersales.events.EventCodec;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ComplaintLifecycleApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();

    @Test
    void a_complaint_goes_from_receipt_to_closing_with_who_when_and_why_and_its_events() {
        Complaints complaint = Complaints.registered();
        complaint.contact().then().statusCode(200).body("status", equalTo("CONTACTED"));
        complaint.investigate().then().statusCode(200).body("investigation.department", equalTo("QUALITY"));
        complaint.attachPhoto().then().statusCode(201);
        complaint.determine("YES").then().statusCode(200).body("status", equalTo("DETERMINED"))
                .body("investigation.rootCause", equalTo("MATERIAL_DEFECT"))
                .body("investigation.qualityProblem", equalTo("YES"))
                .body("solution.remedy", equalTo("FREE_EXCHANGE"));
        complaint.act(TestCaller.MANAGER, """
                {"action": "APPROVE", "preventiveAction": {"description": "电容来料全检", "owner": "品质部王经理",
                 "dueOn": "2026-12-31"}}""").then().statusCode(200)
                .body("solution.approvedBy", equalTo("manager"))
                .body("solution.preventiveOwner", equalTo("品质部王经理"));
        complaint.act(TestCaller.AGENT, "{\"action\": \"START_SOLUTION\"}").then().statusCode(200);
        complaint.act(TestCaller.AGENT, "{\"action\": \"SOLVE\"}").then().statusCode(200)
                .body("status", equalTo("SOLVED"));
        complaint.act(TestCaller.CUSTOMER_A, "{\"action\": \"CONFIRM_SOLUTION\"}").then().statusCode(200);
        complaint.act(TestCaller.AGENT, "{\"action\": \"CLOSE\"}").then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        given().auth().oauth2(TestCaller.PARTNER_A.token()).when().get("/api/v1/complaints/{id}/history", complaint.id)
                .then().statusCode(200)
                .body("action", contains("REGISTER", "CONTACT", "INVESTIGATE", "DETERMINE", "APPROVE",
                        "START_SOLUTION", "SOLVE", "CONFIRM_SOLUTION", "CLOSE"))
                .body("changedBy", hasItems("customer-a", "agent", "quality", "manager"));
        List<String> types = KAFKA.awaitRecords(ComplaintEvents.RECEIVED.topic(), r -> complaint.id.equals(r.key()), 9,
                Duration.ofSeconds(60)).stream().map(r -> EventCodec.decode(r.value()).type()).toList();
        assertThat(types).containsExactly(ComplaintEvents.RECEIVED.type(), ComplaintEvents.CONTACTED.type(),
                ComplaintEvents.INVESTIGATING.type(), ComplaintEvents.DETERMINED.type(),
                ComplaintEvents.APPROVED.type(), ComplaintEvents.SOLUTION_STARTED.type(),
                ComplaintEvents.SOLVED.type(), ComplaintEvents.FOLLOWED_UP.type(), ComplaintEvents.CLOSED.type());
    }

    @Test
    void a_rejected_solution_reopens_one_level_up_each_time_until_the_complainant_is_satisfied() {
        Complaints complaint = Complaints.registered().solved();
        complaint.act(TestCaller.CUSTOMER_A, "{\"action\": \"REJECT_SOLUTION\", \"reason\": \"更换后仍黑屏\"}")
                .then().statusCode(200).body("status", equalTo("RECEIVED")).body("reopenCount", equalTo(1))
                .body("escalationLevel", equalTo("QUALITY"));
        complaint.solved();
        complaint.act(TestCaller.AGENT, "{\"action\": \"REJECT_SOLUTION\", \"reason\": \"客户仍不满意\"}")
                .then().statusCode(200).body("reopenCount", equalTo(2))
                .body("escalationLevel", equalTo("AFTER_SALES_MANAGER"));
        complaint.solved();
        complaint.act(TestCaller.CUSTOMER_A, "{\"action\": \"CONFIRM_SOLUTION\"}").then().statusCode(200)
                .body("status", equalTo("FOLLOWED_UP")).body("reopenCount", equalTo(2));

        List<String> types = KAFKA.awaitRecords(ComplaintEvents.RECEIVED.topic(),
                        r -> complaint.id.equals(r.key()) && EventCodec.decode(r.value()).type().matches(
                                ".*\\.(reopened|escalated)\\.v1"), 4, Duration.ofSeconds(60))
                .stream().map(r -> EventCodec.decode(r.value()).type()).toList();
        assertThat(types).containsExactly(ComplaintEvents.REOPENED.type(), ComplaintEvents.ESCALATED.type(),
                ComplaintEvents.REOPENED.type(), ComplaintEvents.ESCALATED.type());
    }

    @Test
    void refusals_name_their_reason() {
        Complaints complaint = Complaints.registered();
        complaint.act(TestCaller.AGENT, "{\"action\": \"CLOSE\"}").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("CLOSE is not allowed while the complaint is RECEIVED"));
        complaint.act(TestCaller.AGENT, "{\"action\": \"FLY\"}").then().statusCode(400)
                .body("errors.field", hasItem("action"));
        complaint.act(TestCaller.CUSTOMER_A, "{\"action\": \"CONTACT\"}").then().statusCode(403);
        complaint.act(TestCaller.AGENT, "{\"action\": \"CONTACT\"}").then().statusCode(400)
                .body("errors.field", hasItem("promisedReplyAt"));
        complaint.act(TestCaller.AGENT, "{\"action\": \"CONTACT\", \"promisedReplyAt\": \""
                + Instant.now().plus(9, ChronoUnit.HOURS) + "\"}").then().statusCode(400)
                .body("errors.message", hasItem(containsString("GENERAL")));
        complaint.act(TestCaller.AGENT, "{\"action\": \"CONTACT\", \"promisedReplyAt\": \""
                + Instant.now().minus(1, ChronoUnit.HOURS) + "\"}").then().statusCode(400)
                .body("errors.field", hasItem("promisedReplyAt"));
        complaint.contact().then().statusCode(200);
        complaint.act(TestCaller.QUALITY, "{\"action\": \"INVESTIGATE\"}").then().statusCode(400)
                .body("errors.field", hasItem("investigation"));
        complaint.investigate().then().statusCode(200);
        complaint.determine("YES").then().statusCode(409).body("detail", containsString("PHOTO"));
        complaint.act(TestCaller.QUALITY, """
                {"action": "DETERMINE", "determination": {"findings": "f", "rootCause": "NO_SUCH_CAUSE",
                 "qualityProblem": "NO", "remedy": "COMPENSATION", "solution": "s"}}""").then().statusCode(400)
                .body("errors.field", hasItems("determination.rootCause", "determination.compensationAmount"));
        complaint.determine("NO").then().statusCode(200);
        complaint.act(TestCaller.MANAGER, "{\"action\": \"REQUEST_REVISION\"}").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        complaint.act(TestCaller.QUALITY, "{\"action\": \"APPROVE\"}").then().statusCode(403);
        complaint.act(TestCaller.MANAGER, "{\"action\": \"REQUEST_REVISION\", \"reason\": \"根因不充分\"}")
                .then().statusCode(200).body("status", equalTo("INVESTIGATING"));
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).contentType(ContentType.JSON)
                .body("{\"action\": \"CONFIRM_SOLUTION\"}")
                .when().post("/api/v1/complaints/{id}/transitions", complaint.id).then().statusCode(404);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON).header("If-Match", "yesterday")
                .body("{\"action\": \"CLOSE\"}")
                .when().post("/api/v1/complaints/{id}/transitions", complaint.id)
                .then().statusCode(400).body("errors.field", hasItem("If-Match"));
    }

    @Test
    void a_stale_version_is_412_and_nothing_changes() {
        Complaints complaint = Complaints.registered();
        String stale = complaint.etag;
        complaint.contact().then().statusCode(200);

        given().auth().oauth2(TestCaller.QUALITY.token()).contentType(ContentType.JSON).header("If-Match", stale)
                .body("{\"action\": \"INVESTIGATE\", \"investigation\": {\"department\": \"SALES\", "
                        + "\"investigator\": \"x\"}}")
                .when().post("/api/v1/complaints/{id}/transitions", complaint.id)
                .then().statusCode(412).contentType("application/problem+json");
        complaint.read(TestCaller.AGENT).then().body("status", equalTo("CONTACTED"))
                .header("ETag", equalTo(complaint.etag));
    }

    @Test
    void a_manager_escalates_by_hand_up_to_the_general_manager_and_no_further() {
        Complaints complaint = Complaints.registered();
        for (String level : List.of("QUALITY", "AFTER_SALES_MANAGER", "GENERAL_MANAGER")) {
            escalate(complaint, TestCaller.MANAGER).then().statusCode(200).body("escalationLevel", equalTo(level));
        }
        escalate(complaint, TestCaller.MANAGER).then().statusCode(409);
        escalate(complaint, TestCaller.AGENT).then().statusCode(403);
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/complaints/{id}/escalations", complaint.id)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
    }

    @Test
    void a_regulator_makes_the_complaint_serious_once() {
        Complaints complaint = Complaints.registered();
        regulator(complaint, TestCaller.AGENT).then().statusCode(200).body("severity", equalTo("SERIOUS"))
                .body("regulatorInvolved", equalTo(true)).body("escalationLevel", equalTo("QUALITY"));
        regulator(complaint, TestCaller.AGENT).then().statusCode(409);
        regulator(complaint, TestCaller.CUSTOMER_A).then().statusCode(403);
        given().auth().oauth2(TestCaller.CUSTOMER_B.token()).when().get("/api/v1/complaints/{id}/history",
                complaint.id).then().statusCode(404);
    }

    private static io.restassured.response.Response escalate(Complaints complaint, TestCaller caller) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON).body("{\"reason\": \"客户情绪激动\"}")
                .when().post("/api/v1/complaints/{id}/escalations", complaint.id);
    }

    private static io.restassured.response.Response regulator(Complaints complaint, TestCaller caller) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body("{\"reason\": \"客户已向市场监管局投诉\"}")
                .when().post("/api/v1/complaints/{id}/regulator", complaint.id);
    }
}
