package org.aftersales.warranty.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated cases against the creating endpoints: a valid body with one field (or two) replaced by a random JSON
 * value — text with control characters, NULs and lone surrogates, huge and fractional numbers, booleans, nulls,
 * arrays, objects, dates far out of range. No answer is a 5xx, and a refused request stores nothing. The seed is
 * fixed so a failure repeats; {@code -Dfuzz.seed=…} tries others.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class CreatingEndpointsFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
    private static final int CASES = 150;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> DEVICE_FIELDS = List.of("model", "brand", "lotNumber", "quantity",
            "customerOrganisation", "site", "invoiceDate", "deliveryDate", "acceptanceDate", "components");
    private static final List<String> CLAIM_FIELDS = List.of("deviceId", "productCategory", "price", "component",
            "fault", "claimedAt", "odometerKm", "dates");

    @Inject
    EntityManager entityManager;

    static Stream<Arguments> deviceBodies() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            String serial = "SN-FUZZ-" + UUID.randomUUID().toString().substring(0, 8);
            ObjectNode body = NODES.objectNode().put("serialNumber", serial).put("model", "PM-8000")
                    .put("brand", "迈瑞").put("customerOrganisation", "dealer-a/customer-a")
                    .put("invoiceDate", "2024-06-28");
            mutate(body, DEVICE_FIELDS, random);
            return Arguments.of(serial, body.toString());
        });
    }

    static Stream<Arguments> claimBodies() {
        Random random = new Random(SEED + 1);
        return IntStream.range(0, CASES).mapToObj(i -> {
            ObjectNode body = NODES.objectNode().put("deviceId", UUID.randomUUID().toString())
                    .put("productCategory", "colour-tv").put("price", 3999.00)
                    .put("claimedAt", "2026-11-23T02:00:00Z");
            body.putObject("fault").put("code", "NO-PICTURE");
            mutate(body, CLAIM_FIELDS, random);
            return Arguments.of(body.toString());
        });
    }

    @ParameterizedTest
    @MethodSource("deviceBodies")
    void a_device_with_random_field_values_never_answers_5xx_and_a_refusal_stores_nothing(String serial,
            String body) {
        int status = given().auth().oauth2(TestCaller.AGENT.token())
                .contentType(ContentType.JSON.withCharset(StandardCharsets.UTF_8)).body(body)
                .when().post("/api/v1/devices").then().extract().statusCode();

        assertThat(status).as(body).isBetween(200, 499);
        assertThat(devices(serial)).as(body).isEqualTo(status == 201 ? 1 : 0);
    }

    @ParameterizedTest
    @MethodSource("claimBodies")
    void a_claim_with_random_field_values_never_answers_5xx(String body) {
        long before = claims();
        int status = given().auth().oauth2(TestCaller.AGENT.token())
                .contentType(ContentType.JSON.withCharset(StandardCharsets.UTF_8)).body(body)
                .when().post("/api/v1/claims").then().extract().statusCode();

        assertThat(status).as(body).isBetween(400, 499);
        assertThat(claims()).as("a refused claim stores nothing").isEqualTo(before);
    }

    long devices(String serial) {
        return count("select count(*) from device where serial_number = ?1", serial);
    }

    long claims() {
        return count("select count(*) from sanbao_claim where created_by = ?1", TestCaller.AGENT.username());
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private static void mutate(ObjectNode body, List<String> fields, Random random) {
        for (int i = 0; i <= random.nextInt(2); i++) {
            body.set(fields.get(random.nextInt(fields.size())), value(random, 0));
        }
    }

    private static JsonNode value(Random random, int depth) {
        return switch (random.nextInt(depth > 1 ? 9 : 11)) {
            case 0 -> NODES.textNode(text(random));
            case 1 -> NODES.numberNode(random.nextLong());
            case 2 -> NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.textNode(date(random));
            case 6 -> NODES.textNode(date(random) + "T" + random.nextInt(30) + ":00:00Z");
            case 7 -> NODES.textNode("");
            case 8 -> NODES.numberNode(new BigDecimal("1e" + random.nextInt(400)));
            case 9 -> {
                ArrayNode array = NODES.arrayNode();
                IntStream.range(0, random.nextInt(3)).forEach(j -> array.add(value(random, depth + 1)));
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                IntStream.range(0, random.nextInt(3)).forEach(j -> object.set(
                        List.of("name", "code", "serialNumber", "warrantyPeriod", "invoice", text(random))
                                .get(random.nextInt(6)), value(random, depth + 1)));
                yield object;
            }
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(random.nextInt(10) == 0 ? 5000 : 12);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(6)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> (char) (0xd800 + random.nextInt(0x800));
                case 2 -> (char) (0x4e00 + random.nextInt(0x5000));
                default -> (char) (0x20 + random.nextInt(0x5f));
            });
        }
        return text.toString();
    }

    private static String date(Random random) {
        long year = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(10_000);
            case 1 -> 999_999_999L;
            case 2 -> -random.nextInt(1_000_000_000);
            default -> 1900 + random.nextInt(200);
        };
        String written = year > 9999 ? "+" + year : year < 0 ? String.valueOf(year) : "%04d".formatted(year);
        return written + "-%02d-%02d".formatted(1 + random.nextInt(13), 1 + random.nextInt(31));
    }
}
