package org.aftersales.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code deploy/local/up.sh} run right after a crash brings the stack back: the launchers never outlive their server,
 * and a server orphaned by a killed launcher is stopped and replaced, never left on its port.
 */
@ExtendWith(LocalStack.class)
class LocalStackRecoveryTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = LocalStack.GATEWAY;
    }

    @Test
    void up_restarts_postgres_after_its_postmaster_was_killed() throws Exception {
        long launcher = LocalStack.pid("postgres");
        long postmaster = postmaster();
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
        // The launcher follows its postmaster instead of pretending PostgreSQL still runs.
        ProcessHandle.of(launcher).ifPresent(h -> h.onExit().orTimeout(60, TimeUnit.SECONDS).join());

        LocalStack.startMissing();

        assertThat(LocalStack.pid("postgres")).isNotEqualTo(launcher);
        assertThat(postmaster()).isNotEqualTo(postmaster);
        assertThat(ProcessHandle.of(postmaster()).filter(ProcessHandle::isAlive)).isPresent();
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(DemoUser.AGENT.token())
                .when().get("/api/v1/tickets?size=1")
                .then().statusCode(200));
    }

    @Test
    void up_replaces_a_broker_whose_launcher_was_killed() throws Exception {
        long launcher = LocalStack.pid("kafka");
        long broker = broker();
        ProcessHandle.of(launcher).orElseThrow().destroyForcibly();
        ProcessHandle.of(launcher).ifPresent(h -> h.onExit().orTimeout(60, TimeUnit.SECONDS).join());

        LocalStack.startMissing();

        assertThat(ProcessHandle.of(broker).filter(ProcessHandle::isAlive)).as("the orphaned broker").isEmpty();
        assertThat(LocalStack.pid("kafka")).isNotEqualTo(launcher);
        assertThat(ProcessHandle.of(broker()).filter(ProcessHandle::isAlive)).isPresent();
        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(DemoUser.AGENT.token())
                .when().get("/api/v1/tickets?size=1")
                .then().statusCode(200));
    }

    @Test
    void up_restarts_a_killed_service() throws Exception {
        long service = LocalStack.pid("warranty-service");
        ProcessHandle.of(service).orElseThrow().destroyForcibly();
        ProcessHandle.of(service).ifPresent(h -> h.onExit().orTimeout(60, TimeUnit.SECONDS).join());

        LocalStack.startMissing();

        assertThat(LocalStack.pid("warranty-service")).isNotEqualTo(service);
        given().auth().oauth2(DemoUser.AGENT.token())
                .when().get("/api/v1/devices?size=1")
                .then().statusCode(200);
    }

    private static long postmaster() throws Exception {
        return Long.parseLong(Files.readAllLines(LocalStack.stateFile("data/postgres/postmaster.pid")).get(0).strip());
    }

    private static long broker() throws Exception {
        return Long.parseLong(Files.readString(LocalStack.stateFile("data/kafka/broker.pid")).strip());
    }
}
