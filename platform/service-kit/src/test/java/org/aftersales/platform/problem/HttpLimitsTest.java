package org.aftersales.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP layer's own refusals are problem documents too: 414 and 431, with or without a token, before any 401. */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class HttpLimitsTest {

    @ParameterizedTest(name = "a query of {0} characters with token {1}: {2}")
    @CsvSource({
            "8100, true, 404",    // within the limit: the request goes on (to no such path)
            "8100, false, 401",
            "8300, true, 414",
            "8300, false, 414",   // refused for its size before authentication
            "60000, true, 414"})
    void a_uri_beyond_8_kib_is_414_problem(int length, boolean withToken, int status) {
        var request = given();
        if (withToken) {
            request.auth().oauth2(TestCaller.AGENT.token());
        }
        var response = request.when().get("/api/v1/no-such-thing?q=" + "x".repeat(length))
                .then().statusCode(status);
        if (status == 414) {
            response.contentType(Problem.MEDIA_TYPE)
                    .body("status", equalTo(414)).body("title", equalTo("URI Too Long"))
                    .body("type", equalTo("https://aftersales.example.org/problems/uri-too-long"));
        }
    }

    @ParameterizedTest(name = "a header of {0} bytes: {1}")
    @CsvSource({"16000, 404", "21000, 431", "60000, 431"})
    void header_fields_beyond_20_kib_are_431_problem(int length, int status) {
        var response = given().auth().oauth2(TestCaller.AGENT.token()).header("X-Padding", "p".repeat(length))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(status).contentType(Problem.MEDIA_TYPE).body("status", equalTo(status));
        if (status == 431) {
            response.body("title", equalTo("Request Header Fields Too Large"))
                    .body("instance", equalTo("/api/v1/no-such-thing"));
        }
    }

    @Test
    void a_body_announced_beyond_the_limit_stays_413_problem() throws Exception {
        // Announced, not sent: the service answers from Content-Length before it reads the body (a client still
        // sending would meet a closed connection).
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/no-such-thing HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestCaller.AGENT.token() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 11000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413").contains("content-type: " + Problem.MEDIA_TYPE)
                    .contains("\"status\":413");
        }
    }
}
