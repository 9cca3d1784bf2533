package org.aftersales.ticket.concurrency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.aftersales.platform.concurrency.RetriedOnLockConflict;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.testing.ServiceTestResources;
import org.aftersales.testing.TestCaller;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deadlock or serialization failure is run again a few times, then answers 409 with Retry-After; other failures pass
 * through. One that reaches the HTTP layer unretried answers 503 with Retry-After, never 500.
 */
@QuarkusTest
@WithTestResource(ServiceTestResources.class)
class LockConflictRetryTest {

    @Inject
    Flaky flaky;

    @ParameterizedTest(name = "{0} failing {1} times: {2} calls, succeeds {3}")
    @CsvSource({
            "40P01, 0, 1, true",
            "40P01, 1, 2, true",
            "40001, 2, 3, true",
            "40P01, 3, 3, false",
            "40001, 9, 3, false"})
    void a_lock_conflict_is_retried_in_a_new_transaction_then_answers_409(String state, int failures, int calls,
            boolean succeeds) {
        flaky.reset();
        if (succeeds) {
            flaky.run(state, failures);
        } else {
            assertThatThrownBy(() -> flaky.run(state, failures)).isInstanceOfSatisfying(ProblemException.class,
                    problem -> {
                        assertThat(problem.status()).isEqualTo(409);
                        assertThat(problem.retryAfterSeconds()).contains(1);
                    });
        }
        assertThat(flaky.calls()).isEqualTo(calls);
    }

    @ParameterizedTest(name = "SQLSTATE {0} is not retried")
    @CsvSource({"23505", "57014"})
    void other_failures_are_not_retried(String state) {
        flaky.reset();
        assertThatThrownBy(() -> flaky.run(state, 1)).isInstanceOf(LockAcquisitionException.class);
        assertThat(flaky.calls()).isEqualTo(1);
    }

    @ParameterizedTest(name = "SQLSTATE {0} reaching the HTTP layer: 503 with Retry-After")
    @CsvSource({"40P01", "40001"})
    void a_lock_conflict_not_retried_answers_503_with_retry_after(String state) {
        given().auth().oauth2(TestCaller.AGENT.token())
                .when().get("/lock-conflict-test/{state}", state)
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "1");
    }

    @Path("/lock-conflict-test/{state}")
    public static class Conflicting {

        @GET
        public String fail(@PathParam("state") String state) {
            throw new LockAcquisitionException("could not execute statement", new SQLException("conflict", state));
        }
    }

    /** Fails its first calls with the SQLSTATE asked for, each in a transaction of its own. */
    @ApplicationScoped
    @RetriedOnLockConflict
    static class Flaky {

        private final AtomicInteger calls = new AtomicInteger();

        @Transactional
        void run(String state, int failures) {
            if (calls.incrementAndGet() <= failures) {
                throw new LockAcquisitionException("could not execute statement", new SQLException("conflict", state));
            }
        }

        int calls() {
            return calls.get();
        }

        void reset() {
            calls.set(0);
        }
    }
}
