package org.aftersales.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresTestResourceTest {

    @Test
    void givesEachResourceItsDatabaseOnOneSharedServer() throws Exception {
        PostgresTestResource orders = new PostgresTestResource();
        orders.init(Map.of("database", "orders"));
        Map<String, String> config = orders.start();

        assertThat(config).containsOnlyKeys("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                        "quarkus.datasource.password")
                .containsEntry("quarkus.datasource.username", "postgres");
        String url = config.get("quarkus.datasource.jdbc.url");
        assertThat(url).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/orders");

        try (Connection c = DriverManager.getConnection(url, config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password")); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS marker (id int)");
            st.execute("INSERT INTO marker VALUES (1)");
        }
        orders.stop(); // keeps the server for the next test class

        PostgresTestResource defaults = new PostgresTestResource();
        defaults.init(Map.of());
        Map<String, String> second = defaults.start();
        assertThat(second.get("quarkus.datasource.jdbc.url"))
                .isEqualTo(url.replace("/orders", "/test")); // same server, default database
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM marker")) {
            rs.next();
            assertThat(rs.getInt(1)).isPositive(); // still running, data still there
        }
        assertThat(PostgresTestResource.server().dataDirectory().toString()).endsWith("target/postgres");
        defaults.stop();
    }
}
