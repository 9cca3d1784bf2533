package org.aftersales.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which database failures answer 503 (the database cannot be reached now) rather than 500. */
class DatabaseOutageCauseTest {

    @ParameterizedTest(name = "SQLSTATE {0} \"{1}\": outage {2}")
    @CsvSource(delimiter = '|', textBlock = """
        08006 | connection failure                                        | true
        57P01 | terminating connection due to administrator command       | true
        57P03 | the database system is starting up                        | true
        55000 | database "warranty" is not currently accepting connections | true
        55000 | cannot refresh materialized view concurrently              | false
        23505 | duplicate key value violates unique constraint             | false
        """)
    void a_failure_is_an_outage_when_the_database_cannot_be_reached(String sqlState, String message, boolean outage) {
        assertThat(DatabaseOutage.isCause(new PersistenceException("could not open a connection",
                new SQLException(message, sqlState)))).isEqualTo(outage);
    }
}
