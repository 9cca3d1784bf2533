package org.aftersales.notification.hotline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aftersales.events.CloudEvent;
import org.aftersales.events.customer.CustomerChanged;
import org.aftersales.events.customer.CustomerEvents;
import org.aftersales.events.ticket.Contact;
import org.aftersales.events.ticket.FaultLevel;
import org.aftersales.events.ticket.TicketCreated;
import org.aftersales.events.ticket.TicketEvents;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.notification.notify.MessageTemplates;
import org.aftersales.notification.ticket.TicketView;
import org.aftersales.testing.KafkaTestClient;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hotline change notices (seed 000: at least 3 days ahead): announced by a manager, told at once to every customer
 * organisation concerned (a partner's customers), with the reach reported message by message.
 */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class HotlineNoticeTest {

    static final KafkaTestClient KAFKA = KafkaTestClient.forTestBroker();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String NOTICES = "/api/v1/notifications/hotline-notices";

    @Inject
    MessageTemplates templates;

    @Test
    void a_notice_reaches_the_organisations_inbox_at_once_and_reports_it_and_other_tenants_see_nothing() {
        knownCustomer("dealer-a/customer-a");

        String id = announce(TestCaller.MANAGER, "[\"dealer-a/customer-a\"]", Instant.now().plus(Duration.ofDays(4)))
                .then().statusCode(201)
                .body("number", equalTo("400-820-8888"))
                .body("organisations", equalTo(List.of("dealer-a/customer-a")))
                .extract().path("id");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(reach(id))
                .containsExactly("organisation:dealer-a/customer-a IN_APP SENT"));
        assertThat(inboxTitles(TestCaller.CUSTOMER_A, id)).singleElement().asString().contains("400-820-8888");
        assertThat(inboxTitles(TestCaller.PARTNER_A, id)).hasSize(1);
        assertThat(inboxTitles(TestCaller.CUSTOMER_B, id)).isEmpty();
    }

    @Test
    void a_partners_notice_reaches_each_of_its_known_customers_and_not_the_partner_twice() {
        String first = "dealer-b/customer-hl-" + UUID.randomUUID().toString().substring(0, 8);
        String second = "dealer-b/customer-hl-" + UUID.randomUUID().toString().substring(0, 8);
        knownCustomer(first);
        knownCustomer(second);

        String id = announce(TestCaller.MANAGER, "[\"dealer-b\"]",
                Instant.now().plus(Duration.ofDays(3).plusMinutes(5))).then().statusCode(201).extract().path("id");

        List<String> organisations = given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get(NOTICES + "/{id}", id).then().statusCode(200)
                .extract().jsonPath().getList("organisations", String.class);
        assertThat(organisations).contains(first, second).allMatch(o -> o.startsWith("dealer-b/"));
        assertThat(reach(id)).filteredOn(r -> r.startsWith("organisation:"))
                .extracting(r -> r.substring(0, r.lastIndexOf(' ')))
                .containsExactlyInAnyOrderElementsOf(organisations.stream().map(o -> "organisation:" + o + " IN_APP")
                        .toList());
    }

    @Test
    void a_customer_known_only_from_the_archive_is_concerned_and_its_archive_contact_is_emailed() {
        String organisation = "dealer-b/customer-arch-" + UUID.randomUUID().toString().substring(0, 8);
        String email = "duty-" + UUID.randomUUID().toString().substring(0, 8) + "@hospital.example.cn";
        CustomerChanged archived = new CustomerChanged(UUID.randomUUID(), organisation, "某某医院", null, false,
                List.of(new CustomerChanged.Contact("王工", "设备科", "010-6512 3456", email, "设备科联系人")), 0,
                "agent", Instant.now());
        KAFKA.publish(CustomerEvents.REGISTERED, CloudEvent.of(CustomerEvents.REGISTERED, "/warranty-service",
                archived.customerId().toString(), Instant.now(), archived));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> !HotlineNotice.getEntityManager()
                        .createNativeQuery("select 1 from customer_copy where organisation = ?1")
                        .setParameter(1, organisation).getResultList().isEmpty()));

        String id = announce(TestCaller.MANAGER, "[\"dealer-b\"]", Instant.now().plus(Duration.ofDays(5)))
                .then().statusCode(201).body("organisations", hasItem(organisation)).extract().path("id");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(reach(id)).contains(
                "organisation:" + organisation + " IN_APP SENT", "contact:010-6512 3456 EMAIL SENT"));
        assertThat(reach(id)).as("a landline is no SMS address").noneMatch(r -> r.startsWith("contact:010-6512 3456 SMS"));
    }

    @Test
    void the_messages_render_in_both_languages() {
        Map<String, Object> data = new HashMap<>(Map.of("kind", "DUTY_NUMBER", "number", "010-8888 6666",
                "effectiveDate", "2026-12-08", "effectiveAt", "2026-12-07T16:00:00Z"));
        data.put("previousNumber", null);
        for (String language : List.of("zh-CN", "en")) {
            MessageTemplates.Rendered rendered = templates.render("aftersales.hotline.announced.v1", language,
                    Map.of("data", data, "recipient", "客户", "ref", "1c2d3e4f"));
            assertThat(rendered.title()).contains("010-8888 6666", "2026-12-08").doesNotContain("null");
            assertThat(rendered.body()).doesNotContain("null", "{", "}");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // what is wrong | body | the field named
            "in under 3 days     | {\"kind\":\"HOTLINE\",\"number\":\"400-820-8888\",\"effectiveAt\":\"@2D\"}         | effectiveAt",
            "in the past         | {\"kind\":\"HOTLINE\",\"number\":\"400-820-8888\",\"effectiveAt\":\"2020-01-01T00:00:00Z\"} | effectiveAt",
            "no time             | {\"kind\":\"HOTLINE\",\"number\":\"400-820-8888\"}                                 | effectiveAt",
            "a bad kind          | {\"kind\":\"FAX\",\"number\":\"400-820-8888\",\"effectiveAt\":\"@4D\"}             | kind",
            "letters             | {\"kind\":\"HOTLINE\",\"number\":\"call us\",\"effectiveAt\":\"@4D\"}              | number",
            "too short           | {\"kind\":\"HOTLINE\",\"number\":\"12\",\"effectiveAt\":\"@4D\"}                   | number",
            "a bad organisation  | {\"kind\":\"HOTLINE\",\"number\":\"95555\",\"effectiveAt\":\"@4D\",\"organisations\":[\"Dealer A!\"]} | organisations[0]",
            "an unknown field    | {\"kind\":\"HOTLINE\",\"number\":\"95555\",\"effectiveAt\":\"@4D\",\"urgent\":true} | urgent",
    })
    void a_bad_notice_is_refused_naming_the_field_and_nothing_is_announced(String what, String body, String field) {
        long before = notices();
        String filled = body.replace("@2D", Instant.now().plus(Duration.ofDays(2)).toString())
                .replace("@4D", Instant.now().plus(Duration.ofDays(4)).toString());

        given().auth().oauth2(TestCaller.MANAGER.token()).contentType(ContentType.JSON).body(filled)
                .when().post(NOTICES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));

        assertThat(notices()).isEqualTo(before);
    }

    @Test
    void only_managers_announce_and_strangers_find_nothing() {
        Instant later = Instant.now().plus(Duration.ofDays(4));
        for (TestCaller notAllowed : List.of(TestCaller.AGENT, TestCaller.CUSTOMER_A, TestCaller.PARTNER_A,
                TestCaller.INTEGRATION_A)) {
            announce(notAllowed, "[]", later).then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body("{}").when().post(NOTICES).then().statusCode(401);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).when().get(NOTICES).then().statusCode(403);
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get(NOTICES + "/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    static Response announce(TestCaller caller, String organisations, Instant effectiveAt) {
        return given().auth().oauth2(caller.token()).contentType(ContentType.JSON)
                .body("""
                        {"kind": "HOTLINE", "number": "400-820-8888", "previousNumber": "400-810-6666",
                         "effectiveAt": "%s", "organisations": %s}""".formatted(effectiveAt, organisations))
                .when().post(NOTICES);
    }

    static void knownCustomer(String organisation) {
        UUID ticket = UUID.randomUUID();
        Instant now = Instant.now();
        KAFKA.publish(TicketEvents.CREATED, CloudEvent.of(TicketEvents.CREATED, "/ticket-service", ticket.toString(),
                now, new TicketCreated(ticket, organisation, "SN-" + ticket, FaultLevel.MINOR, "异响",
                        new Contact("赵工", "+86 138 0000 1111", null, null), "agent", now, "FAULT", null, null)));
        await().atMost(PATIENCE).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> TicketView.findById(ticket) != null));
    }

    static List<String> reach(String id) {
        JsonPath notice = given().auth().oauth2(TestCaller.MANAGER.token())
                .when().get(NOTICES + "/{id}", id).then().statusCode(200).extract().jsonPath();
        return notice.getList("reached", Map.class).stream()
                .map(r -> r.get("recipient") + " " + r.get("channel") + " " + r.get("state")).toList();
    }

    static List<String> inboxTitles(TestCaller caller, String notice) {
        return given().auth().oauth2(caller.token())
                .when().get("/api/v1/notifications?size=200")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.subject == '%s' }.title".formatted(notice),
                        String.class);
    }

    static long notices() {
        return QuarkusTransaction.requiringNew().call(() -> HotlineNotice.count());
    }
}
