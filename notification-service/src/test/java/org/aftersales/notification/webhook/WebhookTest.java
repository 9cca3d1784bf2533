package org.aftersales.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.events.ticket.TicketStatusChanged;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.notification.delivery.AttemptOutcome;
import org.aftersales.notification.delivery.Message;
import org.aftersales.notification.delivery.MessageAttempt;
import org.aftersales.notification.delivery.MessageState;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Partner systems' webhooks: registration, signed deliveries, retries, rotation, replay, disabling, the API's errors.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class WebhookTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String CLOSED = TicketEvents.CLOSED.type();

    PartnerSystem partner;

    @BeforeEach
    void start() throws IOException {
        partner = new PartnerSystem();
    }

    @AfterEach
    void stop() {
        partner.close();
    }

    @Test
    void a_subscribed_event_of_the_partners_customer_is_posted_signed_and_others_are_not() {
        Map<String, Object> endpoint = register(TestCaller.PARTNER_A, partner.url(), List.of(CLOSED));
        String secret = (String) endpoint.get("secret");
        assertThat(secret).startsWith("whsec_");

        CloudEvent<TicketStatusChanged> ours = closed("dealer-a/customer-a");
        CloudEvent<TicketStatusChanged> theirs = closed("dealer-b/customer-b");
        KAFKA.publish(TicketEvents.CLOSED, theirs);
        KAFKA.publish(TicketEvents.CLOSED, ours);

        await().atMost(PATIENCE).until(() -> !partner.about(ours.subject()).isEmpty());
        PartnerSystem.Request request = partner.about(ours.subject()).getFirst();
        assertThat(request.body()).contains("\"id\":\"" + ours.id() + "\"", "\"type\":\"" + CLOSED + "\"");
        assertThat(request.signature()).isEqualTo(WebhookSignature.sign(secret, request.id(),
                Long.parseLong(request.timestamp()), request.body()));
        assertThat(Long.parseLong(request.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
                org.assertj.core.data.Offset.offset(120L));
        assertThat(partner.about(theirs.subject())).isEmpty();
        await().atMost(PATIENCE).until(() -> "SENT".equals(deliveryState(endpoint, request.id())));
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/webhooks/{id}/deliveries", endpoint.get("id"))
                .then().statusCode(200)
                .body("find { it.eventId == '%s' }.id".formatted(ours.id()), equalTo(request.id()));
    }

    @Test
    void a_failing_endpoint_is_retried_with_the_same_webhook_id_until_it_answers() {
        register(TestCaller.PARTNER_A, partner.url(), List.of(CLOSED));
        partner.failNext.set(2);
        CloudEvent<TicketStatusChanged> event = closed("dealer-a/customer-a");

        KAFKA.publish(TicketEvents.CLOSED, event);

        await().atMost(PATIENCE).until(() -> partner.about(event.subject()).size() >= 3);
        List<PartnerSystem.Request> requests = partner.about(event.subject());
        assertThat(requests).extracting(PartnerSystem.Request::id).containsOnly(requests.getFirst().id());
        await().atMost(PATIENCE).until(() -> attempts(requests.getFirst().id()).size() == 3
                && attempts(requests.getFirst().id()).getLast().outcome == AttemptOutcome.ACCEPTED);
        assertThat(attempts(requests.getFirst().id())).extracting(a -> a.outcome)
                .containsExactly(AttemptOutcome.FAILED, AttemptOutcome.FAILED, AttemptOutcome.ACCEPTED);
        assertThat(attempts(requests.getFirst().id())).extracting(a -> a.detail)
                .containsExactly("HTTP 503", "HTTP 503", "HTTP 204");
    }

    @Test
    void after_a_rotation_deliveries_carry_the_new_and_the_old_signature() {
        Map<String, Object> endpoint = register(TestCaller.PARTNER_A, partner.url(), List.of(CLOSED));
        String old = (String) endpoint.get("secret");
        String rotated = given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().post("/api/v1/webhooks/{id}/secret", endpoint.get("id"))
                .then().statusCode(200)
                .body("secret", startsWith("whsec_"))
                .extract().path("secret");
        assertThat(rotated).isNotEqualTo(old);
        CloudEvent<TicketStatusChanged> event = closed("dealer-a/customer-a");

        KAFKA.publish(TicketEvents.CLOSED, event);

        await().atMost(PATIENCE).until(() -> !partner.about(event.subject()).isEmpty());
        PartnerSystem.Request request = partner.about(event.subject()).getFirst();
        long timestamp = Long.parseLong(request.timestamp());
        assertThat(Arrays.asList(request.signature().split(" "))).containsExactly(
                WebhookSignature.sign(rotated, request.id(), timestamp, request.body()),
                WebhookSignature.sign(old, request.id(), timestamp, request.body()));
    }

    @Test
    void a_delivery_is_replayed_with_its_webhook_id() {
        Map<String, Object> endpoint = register(TestCaller.PARTNER_A, partner.url(), List.of(CLOSED));
        CloudEvent<TicketStatusChanged> event = closed("dealer-a/customer-a");
        KAFKA.publish(TicketEvents.CLOSED, event);
        await().atMost(PATIENCE).until(() -> !partner.about(event.subject()).isEmpty());
        String id = partner.about(event.subject()).getFirst().id();
        await().atMost(PATIENCE).until(() -> "SENT".equals(deliveryState(endpoint, id)));

        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().post("/api/v1/webhooks/{id}/deliveries/{message}/replay", endpoint.get("id"), id)
                .then().statusCode(202)
                .body("id", equalTo(id));

        await().atMost(PATIENCE).until(() -> partner.about(event.subject()).size() == 2);
        assertThat(partner.about(event.subject())).extracting(PartnerSystem.Request::id).containsOnly(id);
        given().auth().oauth2(TestCaller.PARTNER_B.token())
                .when().post("/api/v1/webhooks/{id}/deliveries/{message}/replay", endpoint.get("id"), id)
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().post("/api/v1/webhooks/{id}/deliveries/{message}/replay", endpoint.get("id"), UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void an_endpoint_that_keeps_failing_is_disabled_and_its_organisation_told() {
        Map<String, Object> endpoint = register(TestCaller.PARTNER_A, partner.url(), List.of(CLOSED));
        partner.failAlways = true;
        CloudEvent<TicketStatusChanged> event = closed("dealer-a/customer-a");

        KAFKA.publish(TicketEvents.CLOSED, event);

        await().atMost(PATIENCE).until(() -> Boolean.FALSE.equals(webhook(endpoint).get("enabled")));
        assertThat((String) webhook(endpoint).get("disabledReason")).contains(CLOSED);
        String id = partner.about(event.subject()).getFirst().id();
        assertThat(deliveryState(endpoint, id)).isEqualTo("FAILED");
        await().atMost(PATIENCE).until(() -> given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/notifications?size=200")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.subject", String.class).contains(endpoint.get("id")));
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().post("/api/v1/webhooks/{id}/deliveries/{message}/replay", endpoint.get("id"), id)
                .then().statusCode(409)
                .contentType("application/problem+json");

        partner.failAlways = false;
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().post("/api/v1/webhooks/{id}/enable", endpoint.get("id"))
                .then().statusCode(200)
                .body("enabled", equalTo(true))
                .body("disabledReason", nullValue());
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().post("/api/v1/webhooks/{id}/deliveries/{message}/replay", endpoint.get("id"), id)
                .then().statusCode(202);
        await().atMost(PATIENCE).until(() -> "SENT".equals(deliveryState(endpoint, id)));
    }

    @Test
    void a_disabled_endpoint_gets_nothing_until_it_is_enabled_again() throws IOException {
        Map<String, Object> endpoint = register(TestCaller.PARTNER_A, partner.url(), List.of(CLOSED));
        try (PartnerSystem witness = new PartnerSystem()) {
            register(TestCaller.PARTNER_A, witness.url(), List.of(CLOSED));
            given().auth().oauth2(TestCaller.PARTNER_A.token())
                    .when().post("/api/v1/webhooks/{id}/disable", endpoint.get("id"))
                    .then().statusCode(200)
                    .body("enabled", equalTo(false))
                    .body("disabledReason", equalTo("disabled by partner-a"));
            CloudEvent<TicketStatusChanged> whileDisabled = closed("dealer-a/customer-a");
            KAFKA.publish(TicketEvents.CLOSED, whileDisabled);
            // the witness endpoint gets the event in the same pass that skips the disabled one
            await().atMost(PATIENCE).until(() -> !witness.about(whileDisabled.subject()).isEmpty());
            assertThat(partner.about(whileDisabled.subject())).isEmpty();
            assertThat(recipientsOf(whileDisabled.id())).doesNotContain(WebhookSender.recipient(id(endpoint)));

            given().auth().oauth2(TestCaller.PARTNER_A.token())
                    .when().post("/api/v1/webhooks/{id}/enable", endpoint.get("id"))
                    .then().statusCode(200).body("enabled", equalTo(true));
            CloudEvent<TicketStatusChanged> afterwards = closed("dealer-a/customer-a");
            KAFKA.publish(TicketEvents.CLOSED, afterwards);
            await().atMost(PATIENCE).until(() -> !partner.about(afterwards.subject()).isEmpty());
        }
    }

    @Test
    void a_deleted_endpoint_is_gone_and_its_pending_delivery_is_given_up() throws IOException {
        Map<String, Object> endpoint = register(TestCaller.PARTNER_A, partner.url(), List.of(CLOSED));
        partner.failAlways = true;
        CloudEvent<TicketStatusChanged> event = closed("dealer-a/customer-a");
        KAFKA.publish(TicketEvents.CLOSED, event);
        await().atMost(PATIENCE).until(() -> !partner.about(event.subject()).isEmpty());

        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().delete("/api/v1/webhooks/{id}", endpoint.get("id"))
                .then().statusCode(204);

        assertThat(ids(TestCaller.PARTNER_A)).doesNotContain((String) endpoint.get("id"));
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().delete("/api/v1/webhooks/{id}", endpoint.get("id"))
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/webhooks/{id}/deliveries", endpoint.get("id"))
                .then().statusCode(404);
        String recipient = WebhookSender.recipient(id(endpoint));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew().call(() -> Message
                .<Message>list("recipient", recipient)).stream().allMatch(m -> m.state == MessageState.FAILED));
        int posted = partner.about(event.subject()).size();
        try (PartnerSystem witness = new PartnerSystem()) {
            register(TestCaller.PARTNER_A, witness.url(), List.of(CLOSED));
            CloudEvent<TicketStatusChanged> later = closed("dealer-a/customer-a");
            KAFKA.publish(TicketEvents.CLOSED, later);
            await().atMost(PATIENCE).until(() -> !witness.about(later.subject()).isEmpty());
            assertThat(recipientsOf(later.id())).doesNotContain(recipient);
            assertThat(partner.about(later.subject())).isEmpty();
        }
        assertThat(partner.about(event.subject())).hasSize(posted);
    }

    @Test
    void registration_refuses_bad_input_and_the_wrong_callers() {
        given().contentType(ContentType.JSON).body(Map.of("url", partner.url(), "eventTypes", List.of(CLOSED)))
                .when().post("/api/v1/webhooks")
                .then().statusCode(401);
        for (TestCaller refused : List.of(TestCaller.CUSTOMER_A, TestCaller.AGENT, TestCaller.MANAGER)) {
            given().auth().oauth2(refused.token()).contentType(ContentType.JSON)
                    .body(Map.of("url", partner.url(), "eventTypes", List.of(CLOSED)))
                    .when().post("/api/v1/webhooks")
                    .then().statusCode(403);
        }
        refused(Map.of("url", "ftp://partner.example/hooks", "eventTypes", List.of(CLOSED)), "url");
        refused(Map.of("url", partner.url(), "eventTypes", List.of()), "eventTypes");
        refused(Map.of("url", partner.url(), "eventTypes", List.of(CLOSED, "aftersales.ticket.teleported.v1")),
                "eventTypes[1]");
        refused(Map.of("url", partner.url(), "eventTypes", List.of(CLOSED), "enabled", false), "enabled");
        refused(Map.of("eventTypes", List.of(CLOSED)), "url");
    }

    @Test
    void another_organisations_endpoint_is_404_and_lists_hold_only_ones_own() {
        Map<String, Object> endpoint = register(TestCaller.PARTNER_A, partner.url(), List.of(CLOSED));

        for (String path : List.of("/secret", "/enable", "/disable")) {
            given().auth().oauth2(TestCaller.PARTNER_B.token())
                    .when().post("/api/v1/webhooks/{id}" + path, endpoint.get("id"))
                    .then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(TestCaller.PARTNER_B.token())
                .when().delete("/api/v1/webhooks/{id}", endpoint.get("id"))
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().delete("/api/v1/webhooks/{id}", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().delete("/api/v1/webhooks/{id}", "not-a-uuid")
                .then().statusCode(404);
        given().when().delete("/api/v1/webhooks/{id}", endpoint.get("id")).then().statusCode(401);
        given().when().post("/api/v1/webhooks/{id}/disable", endpoint.get("id")).then().statusCode(401);
        for (TestCaller refused : List.of(TestCaller.CUSTOMER_A, TestCaller.AGENT, TestCaller.MANAGER)) {
            given().auth().oauth2(refused.token())
                    .when().delete("/api/v1/webhooks/{id}", endpoint.get("id"))
                    .then().statusCode(403);
            given().auth().oauth2(refused.token())
                    .when().post("/api/v1/webhooks/{id}/disable", endpoint.get("id"))
                    .then().statusCode(403);
        }
        assertThat(webhook(endpoint).get("enabled")).isEqualTo(true);
        given().auth().oauth2(TestCaller.PARTNER_B.token())
                .when().get("/api/v1/webhooks/{id}/deliveries", endpoint.get("id"))
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/webhooks/{id}/deliveries", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/webhooks/{id}/deliveries?size=0", endpoint.get("id"))
                .then().statusCode(400)
                .body("errors.field", hasItem("size"));
        assertThat(ids(TestCaller.PARTNER_B)).doesNotContain((String) endpoint.get("id"));
        assertThat(ids(TestCaller.PARTNER_A)).contains((String) endpoint.get("id"));
        assertThat(ids(TestCaller.MANAGER)).contains((String) endpoint.get("id"));
        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/webhooks")
                .then().statusCode(200)
                .body("find { it.id == '%s' }.secret".formatted(endpoint.get("id")), nullValue());
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get("/api/v1/webhooks")
                .then().statusCode(403);
    }

    static Map<String, Object> register(TestCaller caller, String url, List<String> eventTypes) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body(Map.of("url", url, "eventTypes", eventTypes))
                .when().post("/api/v1/webhooks")
                .then().statusCode(201)
                .body("organisation", equalTo(caller.organisation()))
                .body("enabled", equalTo(true))
                .extract().jsonPath().getMap("");
    }

    static void refused(Map<String, Object> body, String field) {
        given().auth().oauth2(TestCaller.PARTNER_A.token()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/webhooks")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    static List<String> ids(TestCaller caller) {
        return given().auth().oauth2(caller.token())
                .when().get("/api/v1/webhooks")
                .then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
    }

    static Map<String, Object> webhook(Map<String, Object> endpoint) {
        return given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/webhooks")
                .then().statusCode(200)
                .extract().jsonPath().getMap("find { it.id == '%s' }".formatted(endpoint.get("id")));
    }

    static String deliveryState(Map<String, Object> endpoint, String id) {
        return given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get("/api/v1/webhooks/{id}/deliveries?size=200", endpoint.get("id"))
                .then().statusCode(200)
                .extract().path("find { it.id == '%s' }.state".formatted(id));
    }

    static UUID id(Map<String, Object> endpoint) {
        return UUID.fromString((String) endpoint.get("id"));
    }

    /** Whom the messages of an event went to (every channel's recipients, webhook endpoints included). */
    static List<String> recipientsOf(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Message.<Message>list("eventId", eventId)
                .stream().map(m -> m.recipient).toList());
    }

    static List<MessageAttempt> attempts(String messageId) {
        return QuarkusTransaction.requiringNew().call(() -> MessageAttempt.<MessageAttempt>list(
                "messageId = ?1 order by number", UUID.fromString(messageId)));
    }

    static CloudEvent<TicketStatusChanged> closed(String organisation) {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        return CloudEvent.of(TicketEvents.CLOSED, "/ticket-service", ticket.toString(), now,
                new TicketStatusChanged(ticket, organisation, "CLOSE", "CONFIRMED", "CLOSED", null, "agent", now,
                        "engineer", null));
    }
}
