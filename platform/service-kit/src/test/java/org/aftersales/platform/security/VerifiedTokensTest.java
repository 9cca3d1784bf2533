package org.aftersales.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.aftersales.testing.ServiceMetrics;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A bearer token is verified once and then answered from what was kept (ADR 0042), and that changes nothing a caller
 * can see: each request gets its own identity of its own token, a token kept is refused once it expires, and a token
 * that fails verification fails every time.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class VerifiedTokensTest {

    private static final String TOKENS = "aftersales_bearer_tokens_total";
    private static final String VERIFIED = "verification=\"verified\"";
    private static final String KEPT = "verification=\"kept\"";

    @Test
    void a_token_sent_again_is_verified_once_and_answered_from_what_was_kept() {
        String token = TestCaller.PARTNER_A.token();
        double verifiedBefore = ServiceMetrics.value(TOKENS, VERIFIED);
        double keptBefore = ServiceMetrics.value(TOKENS, KEPT);

        for (int i = 0; i < 20; i++) {
            JsonPath echo = echo(token, "n" + i);
            assertThat(echo.getString("username")).isEqualTo("partner-a");
            assertThat(echo.getString("organisation")).isEqualTo("dealer-a");
            assertThat(echo.getList("roles")).containsExactly("partner");
            assertThat(echo.getString("identityNonce")).isEqualTo("n" + i);
        }

        assertThat(ServiceMetrics.value(TOKENS, VERIFIED) - verifiedBefore).isEqualTo(1);
        assertThat(ServiceMetrics.value(TOKENS, KEPT) - keptBefore).isEqualTo(19);
    }

    @Test
    void callers_racing_with_their_kept_tokens_each_get_their_own_identity_bound_to_their_own_request()
            throws Exception {
        List<TestCaller> callers = List.of(TestCaller.PARTNER_A, TestCaller.PARTNER_B, TestCaller.CUSTOMER_A,
                TestCaller.AGENT);
        List<String> tokens = callers.stream().map(TestCaller::token).toList();
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    int checked = 0;
                    for (int i = 0; i < 50; i++) {
                        int which = (thread + i) % callers.size();
                        TestCaller caller = callers.get(which);
                        String nonce = UUID.randomUUID().toString();
                        JsonPath echo = echo(tokens.get(which), nonce);
                        assertThat(echo.getString("username")).isEqualTo(caller.username());
                        assertThat(echo.getString("organisation"))
                                .isEqualTo(caller.organisation() == null ? "" : caller.organisation());
                        assertThat(echo.getString("identityNonce")).isEqualTo(nonce);
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(50);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_kept_token_is_refused_once_it_expires() {
        String token = TestCaller.PARTNER_A.tokenExpiringIn(3);
        assertThat(echo(token, "before").getString("username")).isEqualTo("partner-a");
        assertThat(echo(token, "again").getString("username")).isEqualTo("partner-a");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(token).when().get("/api/v1/test/identity").statusCode() == 401);
        // and stays refused: nothing brings it back
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/test/identity").then().statusCode(401);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Refused.class)
    void a_token_that_fails_verification_fails_every_time_even_beside_a_kept_one(Refused refused) {
        String good = TestCaller.PARTNER_A.token();
        echo(good, "kept");
        String bad = refused.token(good);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(bad).when().get("/api/v1/test/identity").then().statusCode(401);
            echo(good, "still kept " + i);
        }
    }

    /** Tokens quarkus-oidc refuses, made beside a good one of the same caller. */
    enum Refused {
        SIGNATURE_CHANGED(VerifiedTokensTest::withSignatureChanged),
        SIGNED_BY_ANOTHER_KEY(good -> TestCaller.PARTNER_A.tokenSignedByAnotherKey()),
        EXPIRED(good -> TestCaller.PARTNER_A.expiredToken()),
        ID_TOKEN(good -> TestCaller.PARTNER_A.idToken()),
        ANOTHER_AUDIENCE(good -> TestCaller.PARTNER_A.tokenForAnotherAudience());

        private final UnaryOperator<String> make;

        Refused(UnaryOperator<String> make) {
            this.make = make;
        }

        String token(String good) {
            return make.apply(good);
        }
    }

    /** {@code token} with one character well inside its signature changed (the last carries padding bits). */
    private static String withSignatureChanged(String token) {
        int at = token.length() - 10;
        return token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
    }

    private static JsonPath echo(String token, String nonce) {
        return given().auth().oauth2(token).queryParam("nonce", nonce)
                .when().get("/api/v1/test/identity")
                .then().statusCode(200).extract().jsonPath();
    }
}
