package org.aftersales.parts.spare;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.parts.SpareRequestEvents;
import org.aftersales.parts.Fixtures;
import org.aftersales.platform.timer.TimerPoller;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * The delivery deadline falls due on its persistent timers: a request not delivered in time warns, then is breached,
 * each published once; delivered afterwards it is MET_LATE and its breach keeps the actual time.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
@TestProfile(SpareRequestDeadlineTest.ShortPromise.class)
class SpareRequestDeadlineTest {

    /** A promise of two seconds when no contract says otherwise: warning after 1.5 s, due after 2 s. */
    public static class ShortPromise implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aftersales.parts.spare-delivery", "PT2S");
        }
    }

    @Inject
    TimerPoller poller;

    @Test
    void an_undelivered_request_warns_then_is_breached_once_and_delivered_late_is_met_late() {
        String id = SpareRequestApiTest.request(TestCaller.AGENT, SpareRequestApiTest.body(UUID.randomUUID(),
                Fixtures.part(false), SpareRequestApiTest.CUSTOMER_A)).then().statusCode(201)
                .body("deadline.promise", equalTo("PT2S")).extract().path("id");
        SpareRequestApiTest.step(TestCaller.PARTS_CLERK, id, "{\"action\": \"PICK\"}").then().statusCode(200);

        await().atMost(SpareRequestApiTest.PATIENCE).until(() -> {
            poller.fireDue();
            return "BREACHED".equals(SpareRequestApiTest.get(TestCaller.MANAGER, id).path("deadline.state"));
        });
        SpareRequestApiTest.get(TestCaller.CUSTOMER_A, id).then().statusCode(200).body("breaches", hasSize(1))
                .body("breaches[0].promise", equalTo("PT2S")).body("breaches[0].breachedAt", notNullValue());
        SpareRequestApiTest.step(TestCaller.PARTS_CLERK, id, SpareRequestApiTest.dispatch(Fixtures.warehouse()))
                .then().statusCode(200);
        SpareRequestApiTest.step(TestCaller.MANAGER, id,
                "{\"action\": \"DELIVER\", \"receivedBy\": \"李护士长\"}").then().statusCode(200)
                .body("deadline.state", equalTo("MET_LATE")).body("breaches", hasSize(1))
                .body("breaches[0].actualAt", notNullValue());
        poller.fireDue();

        SpareRequestApiTest.KAFKA.awaitRecords(SpareRequestEvents.DELIVERED.topic(), r -> r.value().contains(id)
                && r.value().contains(SpareRequestEvents.DELIVERED.type()), 1, SpareRequestApiTest.PATIENCE);
        assertThat(SpareRequestApiTest.typesOf(id)).containsExactly(SpareRequestEvents.CREATED.type(),
                SpareRequestEvents.SLA_WARNING.type(), SpareRequestEvents.SLA_BREACHED.type(),
                SpareRequestEvents.DISPATCHED.type(), SpareRequestEvents.DELIVERED.type());
    }

    @Test
    void a_cancelled_request_is_never_breached() {
        String id = SpareRequestApiTest.request(TestCaller.AGENT, SpareRequestApiTest.body(UUID.randomUUID(),
                Fixtures.part(false), SpareRequestApiTest.CUSTOMER_A)).then().statusCode(201).extract().path("id");
        SpareRequestApiTest.step(TestCaller.AGENT, id, "{\"action\": \"CANCEL\", \"reason\": \"误报\"}").then()
                .statusCode(200);
        String dueAt = SpareRequestApiTest.get(TestCaller.MANAGER, id).path("deadline.dueAt");
        await().atMost(SpareRequestApiTest.PATIENCE).until(() -> {
            poller.fireDue();
            return Instant.now().isAfter(Instant.parse(dueAt).plusSeconds(1));
        });
        given().auth().oauth2(TestCaller.MANAGER.token()).when().get("/api/v1/spare-requests/{id}", id).then()
                .body("deadline.state", equalTo("CANCELLED")).body("breaches", hasSize(0));
    }
}
