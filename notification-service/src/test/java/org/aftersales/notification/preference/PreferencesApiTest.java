package org.aftersales.notification.preference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.notification.NotificationTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Setting one's notification preference: a person's own, an organisation's for its customers and partners. */
@QuarkusTest
@WithTestResource(NotificationTestResources.class)
class PreferencesApiTest {

    static final String ME = "/api/v1/notifications/preferences/me";

    @AfterEach
    void reset() {
        QuarkusTransaction.requiringNew().run(() -> NotificationPreference.delete("recipient is not null"));
    }

    @Test
    void a_preference_never_set_is_every_channel_any_time() {
        given().auth().oauth2(TestCaller.ENGINEER.token())
                .when().get(ME)
                .then().statusCode(200)
                .body("recipient", equalTo("user:engineer"))
                .body("disabledChannels", empty())
                .body("quietHours", nullValue())
                .body("zone", equalTo("Asia/Shanghai"));
    }

    @Test
    void a_person_sets_their_channels_and_quiet_hours_and_reads_them_back() {
        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON)
                .body("{\"disabledChannels\":[\"SMS\",\"EMAIL\",\"SMS\"],"
                        + "\"quietHours\":{\"from\":\"22:00\",\"to\":\"07:30\"}}")
                .when().put(ME)
                .then().statusCode(200)
                .body("recipient", equalTo("user:engineer"))
                .body("disabledChannels", contains("EMAIL", "SMS"))
                .body("quietHours.from", equalTo("22:00"))
                .body("quietHours.to", equalTo("07:30"))
                .body("updatedAt", notNullValue());

        given().auth().oauth2(TestCaller.ENGINEER.token())
                .when().get(ME)
                .then().statusCode(200)
                .body("disabledChannels", contains("EMAIL", "SMS"))
                .body("quietHours.from", equalTo("22:00"));
    }

    @Test
    void a_customer_sets_its_organisations_preference_and_another_tenant_is_untouched() {
        given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType(ContentType.JSON)
                .body("{\"disabledChannels\":[\"SMS\"]}")
                .when().put(ME)
                .then().statusCode(200)
                .body("recipient", equalTo("organisation:dealer-a/customer-a"));

        given().auth().oauth2(TestCaller.PARTNER_A.token())
                .when().get(ME)
                .then().statusCode(200)
                .body("recipient", equalTo("organisation:dealer-a"))
                .body("disabledChannels", empty());
        given().auth().oauth2(TestCaller.CUSTOMER_B.token())
                .when().get(ME)
                .then().statusCode(200)
                .body("recipient", equalTo("organisation:dealer-b/customer-b"))
                .body("disabledChannels", empty());
    }

    @Test
    void people_of_one_organisation_setting_its_first_preference_at_once_all_succeed_and_one_stays() throws Exception {
        int people = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                String channel = i % 2 == 0 ? "EMAIL" : "SMS";
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(TestCaller.CUSTOMER_A.token()).contentType(ContentType.JSON)
                            .body("{\"disabledChannels\":[\"" + channel + "\"]}")
                            .when().put(ME).then().extract().statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> NotificationPreference.count())).isEqualTo(1);
        given().auth().oauth2(TestCaller.CUSTOMER_A.token())
                .when().get(ME)
                .then().statusCode(200)
                .body("disabledChannels.size()", equalTo(1));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // body | the field named
            "{\"disabledChannels\":[\"IN_APP\"]}                              | disabledChannels[0]",
            "{\"disabledChannels\":[\"EMAIL\",\"WEBHOOK\"]}                   | disabledChannels[1]",
            "{\"disabledChannels\":[\"FAX\"]}                                 | disabledChannels[0]",
            "{\"quietHours\":{\"from\":\"22:00\"}}                            | quietHours.to",
            "{\"quietHours\":{\"from\":\"25:00\",\"to\":\"07:00\"}}           | quietHours.from",
            "{\"quietHours\":{\"from\":\"22:00\",\"to\":\"7am\"}}             | quietHours.to",
            "{\"quietHours\":{\"from\":\"22:00\",\"to\":\"22:00\"}}           | quietHours.to",
            "{\"zone\":\"Mars/Olympus\"}                                      | zone",
            "{\"disabledChannels\":\"EMAIL\"}                                 | disabledChannels",
            "{\"mute\":true}                                                  | mute",
    })
    void a_bad_preference_is_refused_naming_the_field_and_stores_nothing(String body, String field) {
        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON).body(body)
                .when().put(ME)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));

        given().auth().oauth2(TestCaller.ENGINEER.token())
                .when().get(ME)
                .then().statusCode(200)
                .body("updatedAt", nullValue());
    }

    @Test
    void a_machine_client_has_no_preference_and_a_stranger_is_not_let_in() {
        given().auth().oauth2(TestCaller.INTEGRATION_A.token())
                .when().get(ME)
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().when().get(ME)
                .then().statusCode(401);
        given().auth().oauth2(TestCaller.ENGINEER.token()).contentType(ContentType.JSON)
                .when().put(ME)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }
}
