package org.aftersales.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * The API called as a well-behaved app calls it. The services limit each verified client (50 requests/s, burst
 * 100): a test that sends hundreds of requests with one user is answered 429 for some of them, as an app would
 * be, and sends them again, as an app would, instead of failing on the first refusal.
 */
final class AppClient {

    /** Refused because the client sent too much: nothing was done, the request may be sent again. */
    static final Set<Integer> RATE_LIMITED = Set.of(429);

    /** Refused by the rate limit or by an outage (a killed service, broker or database). */
    static final Set<Integer> RATE_LIMITED_OR_OUTAGE = Set.of(409, 429, 500, 502, 503, 504);

    private AppClient() {
    }

    /**
     * POSTs {@code body} with one Idempotency-Key until it is answered 201, and answers the created id; any answer
     * other than 201 or one of {@code refusals} fails the test.
     */
    static String created(DemoUser user, String path, String body, Set<Integer> refusals, Duration patience) {
        String key = UUID.randomUUID().toString();
        String[] id = new String[1];
        await().atMost(patience).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
            Response response = given().auth().oauth2(user.token()).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).when().post(path);
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            assertThat(response.statusCode()).as("only %s may refuse %s: %s", refusals, path, response.asString())
                    .isIn(refusals);
            return false;
        });
        return id[0];
    }

    /** GETs {@code path} until the rate limit lets it through, and answers the response (status unchecked). */
    static Response fetched(DemoUser user, String path, Object... pathParams) {
        Response[] answer = new Response[1];
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).until(() -> {
            answer[0] = given().auth().oauth2(user.token()).when().get(path, pathParams);
            return !RATE_LIMITED.contains(answer[0].statusCode());
        });
        return answer[0];
    }
}
