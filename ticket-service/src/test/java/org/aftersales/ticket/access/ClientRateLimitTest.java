package org.aftersales.ticket.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;

/**
 * The limit is per verified client, not per bearer text: with a burst of 3 and a rate so slow that nothing refills
 * during the test, the fourth request of a user is 429 whatever token it carries, while other users are served.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
@TestProfile(ClientRateLimitTest.Tight.class)
class ClientRateLimitTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("aftersales.rate-limit.enabled", "true",
                    "aftersales.rate-limit.per-second", "0.001",
                    "aftersales.rate-limit.burst", "3");
        }
    }

    private static Response list(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/tickets?size=1");
    }

    @Test
    void the_same_user_with_new_tokens_shares_one_bucket_and_others_are_served() {
        for (int i = 0; i < 3; i++) {
            list(TestCaller.QUALITY.token()).then().statusCode(200);
        }
        Response limited = list(TestCaller.QUALITY.token());
        limited.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429));
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();

        list(TestCaller.MANAGER.token()).then().statusCode(200);
    }

    /**
     * The bearer text re-encoded: padding added to a segment, the standard base64 alphabet instead of the URL one,
     * surrounding blanks. Whether the verifier accepts such a variant (then it is the same client, out of tokens) or
     * refuses it (401), it never opens a fresh bucket: once the burst is spent, no variant is served.
     */
    @Test
    void a_re_encoded_token_gets_no_fresh_bucket() {
        String token = TestCaller.CUSTOMER_B.token();
        for (int i = 0; i < 3; i++) {
            list(token).then().statusCode(200);
        }
        String[] segments = token.split("\\.");
        List<String> variants = List.of(
                segments[0] + "=." + segments[1] + "." + segments[2],
                segments[0] + "." + segments[1] + "." + segments[2] + "==",
                token.replace('-', '+').replace('_', '/'),
                token + " ");
        for (String variant : variants) {
            assertThat(list(variant).statusCode()).as(variant).isIn(401, 429);
        }
        list(token).then().statusCode(429);
    }

    @Test
    void a_concurrent_burst_lets_exactly_the_burst_through() {
        List<Integer> statuses = IntStream.range(0, 40)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> list(TestCaller.PARTNER_A.token()).statusCode()))
                .toList().stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(200, 429);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(3);
    }

    @Test
    void an_invalid_token_is_401_not_a_bucket_of_its_own() {
        for (int i = 0; i < 10; i++) {
            list("not-a-token-" + i).then().statusCode(401);
        }
        list(TestCaller.CUSTOMER_A.tokenSignedByAnotherKey()).then().statusCode(401);
    }
}
