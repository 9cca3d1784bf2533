package org.aftersales.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class PostgresServerTest {

    private static final Path DATA = Path.of("target", "test-postgres", "data");

    @Test
    void startsCreatesDatabasesIdempotentlyAndPersistsDataAcrossRestarts() throws Exception {
        PostgresServer.deleteDataDirectory(DATA);

        long t0 = System.nanoTime();
        PostgresServer server = PostgresServer.start(DATA, 0);
        System.out.printf("PostgreSQL first start (initdb + start) took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        int port = server.port();
        try {
            assertThat(server.isRunning()).isTrue();
            assertThat(port).isPositive();
            assertThat(server.jdbcUrl("orders")).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/orders");
            assertThat(server.username()).isEqualTo("postgres");

            server.createDatabase("orders");
            server.createDatabase("orders"); // idempotent

            try (Connection c = server.connect("orders"); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE ticket (id bigint PRIMARY KEY, title text NOT NULL)");
                st.execute("INSERT INTO ticket VALUES (1, '空调不制冷'), (2, 'screen broken')");
                try (ResultSet rs = st.executeQuery("SHOW max_connections")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(200);
                }
                try (ResultSet rs = st.executeQuery("SELECT current_setting('server_encoding'), version()")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("UTF8");
                    assertThat(rs.getString(2)).startsWith("PostgreSQL 17.");
                }
            }
        } finally {
            long s0 = System.nanoTime();
            server.stop();
            System.out.printf("PostgreSQL stop took %d ms%n", (System.nanoTime() - s0) / 1_000_000);
        }
        assertThat(server.isRunning()).isFalse();
        server.stop(); // idempotent

        long t1 = System.nanoTime();
        PostgresServer again = PostgresServer.start(DATA, port);
        System.out.printf("PostgreSQL restart on existing data took %d ms%n", (System.nanoTime() - t1) / 1_000_000);
        try {
            assertThat(again.port()).isEqualTo(port);
            again.createDatabase("orders"); // exists already: no error
            try (Connection c = again.connect("orders"); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT title FROM ticket ORDER BY id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("空调不制冷");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("screen broken");
                assertThat(rs.next()).isFalse();
            }
        } finally {
            again.stop();
        }
    }
}
