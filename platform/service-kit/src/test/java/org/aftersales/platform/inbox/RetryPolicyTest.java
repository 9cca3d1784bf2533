package org.aftersales.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.aftersales.events.MalformedEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures are tried again how often, and how long a consumer waits in between. */
class RetryPolicyTest {

    private static final RetryPolicy POLICY =
            new RetryPolicy(8, 3, Duration.ofMillis(100), Duration.ofSeconds(5));

    @ParameterizedTest(name = "SQLSTATE {0}: transient {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
        40001 | true  | serialization failure
        40P01 | true  | deadlock detected
        55P03 | true  | lock not available (lock_timeout)
        57014 | true  | statement timeout
        57P01 | true  | the server shuts down
        08006 | true  | connection failure
        08001 | true  | cannot establish a connection
        53300 | true  | too many connections
        23505 | false | unique violation: the same again fails the same
        23503 | false | foreign key violation
        22001 | false | value too long
        42P01 | false | table missing: a bug, not a blip
        """)
    void a_database_failure_is_transient_by_its_sqlstate(String sqlState, boolean isTransient, String why) {
        RuntimeException failure = new PersistenceException("could not execute statement",
                new SQLException("the database says no", sqlState));

        assertThat(Failures.isTransient(failure)).isEqualTo(isTransient);
        assertThat(POLICY.attemptsFor(failure)).isEqualTo(isTransient ? 8 : 3);
        assertThat(Failures.describe(failure)).isEqualTo("SQLSTATE " + sqlState + ": the database says no");
    }

    @ParameterizedTest(name = "SQLSTATE 55000 \"{0}\": transient {1}")
    @CsvSource(delimiter = '|', textBlock = """
        database "ticket" is not currently accepting connections | true
        cannot refresh materialized view concurrently              | false
        """)
    void a_database_blocked_for_connections_is_transient_other_prerequisite_states_not(String message,
            boolean isTransient) {
        assertThat(Failures.isTransient(new PersistenceException("could not open a connection",
                new SQLException(message, "55000")))).isEqualTo(isTransient);
    }

    @Test
    void lost_races_and_lost_connections_are_transient_and_anything_else_is_not() {
        assertThat(Failures.isTransient(new OptimisticLockException("row was updated by another transaction")))
                .isTrue();
        assertThat(Failures.isTransient(new IllegalStateException("pool",
                new SQLTransientConnectionException("Acquisition timeout")))).isTrue();
        assertThat(Failures.isTransient(new RuntimeException(new ConnectException("Connection refused")))).isTrue();
        assertThat(Failures.isTransient(new IllegalArgumentException("no such device"))).isFalse();
        assertThat(Failures.isTransient(new MalformedEventException("not JSON"))).isFalse();
        assertThat(POLICY.attemptsFor(new MalformedEventException("remedy is missing"))).isEqualTo(1);
        assertThat(POLICY.attemptsFor(new IllegalArgumentException("no such device"))).isEqualTo(3);
        assertThat(Failures.describe(new IllegalStateException())).isEqualTo("IllegalStateException");
    }

    @ParameterizedTest(name = "after failure {0}: wait {1}")
    @CsvSource({"1, PT0.1S", "2, PT0.2S", "3, PT0.4S", "6, PT3.2S", "7, PT5S", "30, PT5S"})
    void the_wait_doubles_from_the_first_up_to_the_longest(int failed, Duration wait) {
        assertThat(POLICY.backoffAfter(failed)).isEqualTo(wait);
    }

    @Test
    void a_policy_tries_at_least_once_with_a_growing_wait() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RetryPolicy(0, 3, Duration.ofMillis(100), Duration.ofSeconds(5)));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RetryPolicy(8, 3, Duration.ofSeconds(5), Duration.ofMillis(100)));
    }
}
