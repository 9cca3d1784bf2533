package org.aftersales.warranty.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.aftersales.platform.idempotency.IdempotencyStore;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Idempotency-Key on creating POSTs (IETF httpapi idempotency-key draft), through device registration. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class IdempotencyKeyTest {

    private static final String DEVICES = "/api/v1/devices";

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencyStore store;

    static String device(String serial) {
        return """
                {"serialNumber": "%s", "model": "PM-8000", "brand": "迈瑞", "customerOrganisation": "dealer-a/customer-a",
                 "invoiceDate": "2024-06-28"}""".formatted(serial);
    }

    static String serial() {
        return "SN-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static ExtractableResponse<Response> register(TestCaller caller, String key, String body) {
        return given().auth().oauth2(caller.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .when().post(DEVICES).then().extract();
    }

    long devices(String serial) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from device where serial_number = ?1")
                .setParameter(1, serial).getSingleResult()).longValue());
    }

    @Test
    void a_retry_with_the_same_key_and_body_answers_the_first_result_and_creates_nothing() {
        String serial = serial();
        String key = UUID.randomUUID().toString();
        var first = register(TestCaller.AGENT, key, device(serial));
        var retry = register(TestCaller.AGENT, key, device(serial));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(devices(serial)).isEqualTo(1);
    }

    @Test
    void the_key_may_be_sent_as_a_structured_field_string() {
        String serial = serial();
        String key = UUID.randomUUID().toString();
        var first = register(TestCaller.AGENT, '"' + key + '"', device(serial));
        var retry = register(TestCaller.AGENT, key, device(serial));

        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(devices(serial)).isEqualTo(1);
    }

    @Test
    void the_same_key_with_another_body_answers_422_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        register(TestCaller.AGENT, key, device(serial()));
        String other = serial();

        given().auth().oauth2(TestCaller.AGENT.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(device(other))
                .when().post(DEVICES)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        assertThat(devices(other)).isZero();
    }

    @Test
    void keys_are_kept_per_caller() {
        String key = UUID.randomUUID().toString();
        String serial = serial();
        var agent = register(TestCaller.AGENT, key, device(serial));
        var partner = register(TestCaller.PARTNER_A, key, device(serial));

        assertThat(agent.statusCode()).isEqualTo(201);
        assertThat(partner.statusCode()).as("another caller's key is not a replay").isEqualTo(409);
        assertThat(devices(serial)).isEqualTo(1);
    }

    @Test
    void a_refused_request_stores_no_key_so_its_corrected_retry_is_created() {
        String key = UUID.randomUUID().toString();
        String serial = serial();
        given().auth().oauth2(TestCaller.AGENT.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(device(serial).replace("2024-06-28", "2024-13-40"))
                .when().post(DEVICES).then().statusCode(400);

        var corrected = register(TestCaller.AGENT, key, device(serial));
        assertThat(corrected.statusCode()).isEqualTo(201);
        assertThat(devices(serial)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\"\"", "schlüssel", "tab\there"})
    void a_key_that_is_no_printable_ascii_text_answers_400_naming_the_header(String key) {
        String serial = serial();
        given().auth().oauth2(TestCaller.AGENT.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(device(serial))
                .when().post(DEVICES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(devices(serial)).isZero();
    }

    @Test
    void a_key_longer_than_255_characters_answers_400() {
        given().auth().oauth2(TestCaller.AGENT.token()).header("Idempotency-Key", "k".repeat(256))
                .contentType(ContentType.JSON).body(device(serial()))
                .when().post(DEVICES)
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void a_duplicate_while_the_first_is_still_being_processed_answers_409() throws Exception {
        String key = UUID.randomUUID().toString();
        String serial = serial();
        try (Connection first = dataSource.getConnection();
                PreparedStatement lock = first.prepareStatement(
                        "select pg_advisory_lock(hashtextextended(?, 0))")) {
            lock.setString(1, TestCaller.AGENT.username() + '\n' + key);
            lock.execute();

            given().auth().oauth2(TestCaller.AGENT.token()).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(device(serial))
                    .when().post(DEVICES)
                    .then().statusCode(409).contentType("application/problem+json");
        }
        assertThat(devices(serial)).isZero();
    }

    @Test
    void concurrent_duplicates_create_one_record_and_each_answers_it_or_409() {
        String key = UUID.randomUUID().toString();
        String serial = serial();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ExtractableResponse<Response>>> requests = new ArrayList<>();
        IntStream.range(0, 6).forEach(i -> requests.add(CompletableFuture.supplyAsync(() -> {
            awaitQuietly(start);
            return register(TestCaller.AGENT, key, device(serial));
        })));
        start.countDown();

        List<ExtractableResponse<Response>> answers = requests.stream().map(CompletableFuture::join).toList();
        assertThat(answers).extracting(ExtractableResponse::statusCode).isSubsetOf(201, 409).contains(201);
        assertThat(answers.stream().filter(a -> a.statusCode() == 201).map(a -> a.header("Location")).distinct())
                .hasSize(1);
        assertThat(devices(serial)).isEqualTo(1);
    }

    @Test
    void a_key_older_than_the_retention_is_pruned_and_no_longer_answers() {
        String key = UUID.randomUUID().toString();
        String serial = serial();
        register(TestCaller.AGENT, key, device(serial));
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update idempotency_key set created_at = ?1 where idempotency_key = ?2")
                .setParameter(1, Instant.now().minus(25, ChronoUnit.HOURS))
                .setParameter(2, key).executeUpdate());

        assertThat(store.prune()).isGreaterThanOrEqualTo(1);
        assertThat(keys(key)).isZero();
        assertThat(register(TestCaller.AGENT, key, device(serial)).statusCode())
                .as("the forgotten key runs the request again: the serial is taken").isEqualTo(409);
    }

    @Test
    void the_api_document_declares_the_header_on_creating_posts() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/devices'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/api/v1/devices'.post.responses.'422'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"));
    }

    long keys(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from idempotency_key where idempotency_key = ?1")
                .setParameter(1, key).getSingleResult()).longValue());
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
