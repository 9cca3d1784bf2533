package org.aftersales.complaint.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.aftersales.complaint.handling.Complaints;
import org.aftersales.events.EventCodec;
import org.aftersales.events.complaint.ComplaintDeadlineAlert;
import org.aftersales.events.complaint.ComplaintEvents;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class ComplaintDeadlinesApiTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void receipt_starts_the_contact_deadline_of_4_hours_warning_at_three_quarters() {
        Complaints complaint = Complaints.registered();
        Instant received = Instant.parse(complaint.read(TestCaller.AGENT).path("receivedAt"));

        JsonPath deadlines = deadlines(complaint);
        assertThat(deadlines.getList("deadlines.kind")).containsExactly("CONTACT");
        assertThat(Instant.parse(deadlines.getString("deadlines[0].dueAt"))).isEqualTo(received.plus(Duration.ofHours(4)));
        assertThat(Instant.parse(deadlines.getString("deadlines[0].warningAt"))).isEqualTo(received.plus(Duration.ofHours(3)));
        assertThat(deadlines.getString("deadlines[0].state")).isEqualTo("RUNNING");
    }

    @Test
    void contact_in_time_meets_it_and_the_promise_becomes_the_next_deadline() {
        Complaints complaint = Complaints.registered();
        complaint.contact().then().statusCode(200);
        String promised = complaint.read(TestCaller.AGENT).path("promisedReplyAt");

        JsonPath deadlines = deadlines(complaint);
        assertThat(deadlines.getList("deadlines.kind")).containsExactly("CONTACT", "REPLY_PROMISE");
        assertThat(deadlines.getList("deadlines.state")).containsExactly("MET", "RUNNING");
        assertThat(Instant.parse(deadlines.getString("deadlines[1].dueAt"))).isEqualTo(Instant.parse(promised));
    }

    @Test
    void a_deadline_left_in_the_database_warns_then_breaches_once_escalating_and_is_met_late() {
        Complaints complaint = Complaints.registered();
        // What an earlier process left behind is all a restarted one needs: the deadline row and its timers.
        dueNow(complaint, "deadline-warning", DeadlineKind.CONTACT);
        await().atMost(PATIENCE).until(() -> "WARNING".equals(deadlines(complaint).getString("deadlines[0].state")));
        dueNow(complaint, "deadline-breach", DeadlineKind.CONTACT);
        await().atMost(PATIENCE).until(() -> "BREACHED".equals(deadlines(complaint).getString("deadlines[0].state")));

        complaint.read(TestCaller.AGENT).then().body("escalationLevel", equalTo("QUALITY"));
        var alerts = KAFKA.awaitRecords(ComplaintEvents.RECEIVED.topic(), r -> complaint.id.equals(r.key())
                && EventCodec.decode(r.value()).type().contains("deadline"), 2, PATIENCE);
        assertThat(alerts).extracting(r -> EventCodec.decode(r.value()).type())
                .containsExactly(ComplaintEvents.DEADLINE_WARNING.type(), ComplaintEvents.DEADLINE_BREACHED.type());
        ComplaintDeadlineAlert breach = EventCodec.payload(EventCodec.decode(alerts.get(1).value()),
                ComplaintEvents.DEADLINE_BREACHED);
        assertThat(breach.deadline()).isEqualTo("CONTACT");
        assertThat(breach.promisedBy()).isEqualTo(Instant.parse(deadlines(complaint).getString("deadlines[0].dueAt")));
        assertThat(breach.recordNumber()).startsWith("TS-");

        complaint.etag = complaint.read(TestCaller.AGENT).header("ETag");
        complaint.contact().then().statusCode(200);
        JsonPath after = deadlines(complaint);
        assertThat(after.getString("deadlines[0].state")).isEqualTo("MET_LATE");
        assertThat(after.getList("breaches.kind")).containsExactly("CONTACT");
        assertThat(after.getString("breaches[0].actualAt")).isNotNull();
        assertThat(count(complaint, "timer where subject in (select cast(id as varchar) from deadline "
                + "where subject = ?1 || '/0' and kind = 'complaint-contact')")).isZero();
    }

    @Test
    void reopening_starts_every_deadline_again_in_a_new_round() {
        Complaints complaint = Complaints.registered().solved();
        assertThat(deadlines(complaint).getList("deadlines.kind")).containsExactly("CONTACT", "REPLY_PROMISE", "DECISION",
                "FOLLOW_UP");
        complaint.act(TestCaller.CUSTOMER_A, "{\"action\": \"REJECT_SOLUTION\", \"reason\": \"仍不满意\"}")
                .then().statusCode(200);

        JsonPath deadlines = deadlines(complaint);
        assertThat(deadlines.getList("deadlines.round")).containsExactly(0, 0, 0, 0, 1);
        assertThat(deadlines.getList("deadlines.state")).containsExactly("MET", "MET", "MET", "MET", "RUNNING");
        assertThat(deadlines.getString("deadlines[4].kind")).isEqualTo("CONTACT");
        complaint.contact().then().statusCode(200);
        complaint.investigate().then().statusCode(200);
        assertThat(deadlines(complaint).getList("deadlines.round")).containsExactly(0, 0, 0, 0, 1, 1, 1);
    }

    @Test
    void a_special_case_flagged_by_a_manager_is_decided_within_24_hours() {
        Complaints complaint = Complaints.registered();
        complaint.contact().then().statusCode(200);
        complaint.investigate().then().statusCode(200);
        Instant started = Instant.parse(deadlines(complaint).getString("deadlines[2].startedAt"));
        assertThat(Instant.parse(deadlines(complaint).getString("deadlines[2].dueAt"))).isEqualTo(started.plus(
                Duration.ofDays(7)));

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"reason\": \"涉及患者安全\"}")
                .when().post("/api/v1/complaints/{id}/urgent", complaint.id)
                .then().statusCode(200).body("urgent", equalTo(true));
        JsonPath flagged = deadlines(complaint);
        assertThat(flagged.getList("deadlines.kind")).containsExactly("CONTACT", "REPLY_PROMISE", "DECISION",
                "URGENT_DECISION");
        assertThat(flagged.getList("deadlines.state")).containsExactly("MET", "RUNNING", "CANCELLED", "RUNNING");
        assertThat(Instant.parse(flagged.getString("deadlines[3].dueAt"))).isEqualTo(started.plus(
                Duration.ofHours(24)));
        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON)
                .body("{\"reason\": \"again\"}")
                .when().post("/api/v1/complaints/{id}/urgent", complaint.id).then().statusCode(409);
        given().auth().oauth2(TestCaller.AGENT.token()).contentType(ContentType.JSON)
                .body("{\"reason\": \"x\"}")
                .when().post("/api/v1/complaints/{id}/urgent", complaint.id).then().statusCode(403);
        given().auth().oauth2(TestCaller.CUSTOMER_B.token())
                .when().get("/api/v1/complaints/{id}/deadlines", complaint.id).then().statusCode(404);
    }

    static JsonPath deadlines(Complaints complaint) {
        return given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/api/v1/complaints/{id}/deadlines", complaint.id)
                .then().statusCode(200).extract().jsonPath();
    }

    /**
     * Moves a deadline's instants and timer as if it had been started long enough ago for its warning or its due
     * instant to have passed, as a process that stopped meanwhile leaves it.
     */
    static void dueNow(Complaints complaint, String timerKind, DeadlineKind kind) {
        String instants = timerKind.equals("deadline-warning")
                ? "warning_at = now() - interval '1 second'"
                : "warning_at = now() - interval '2 seconds', due_at = now() - interval '1 second'";
        int moved = QuarkusTransaction.requiringNew().call(() -> {
            var entityManager = Panache.getEntityManager();
            entityManager.createNativeQuery("update deadline set " + instants + " where subject = ?1 and kind = ?2")
                    .setParameter(1, complaint.id + "/0").setParameter(2, kind.kind()).executeUpdate();
            return entityManager.createNativeQuery("""
                            update timer set due_at = now() where kind = ?1 and subject in (
                              select cast(id as varchar) from deadline where subject = ?2 and kind = ?3)""")
                    .setParameter(1, timerKind).setParameter(2, complaint.id + "/0")
                    .setParameter(3, kind.kind()).executeUpdate();
        });
        assertThat(moved).isEqualTo(1);
    }

    static long count(Complaints complaint, String fromWhere) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from " + fromWhere)
                .setParameter(1, complaint.id).getSingleResult()).longValue());
    }
}
