package org.aftersales.testing;

import java.nio.file.Path;
import java.util.Map;

import org.aftersales.infra.PostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL for {@code @QuarkusTest}s: {@code @WithTestResource(PostgresTestResource.class)} (optionally with
 * init arg {@code database}, default {@code test}).
 *
 * <p>One server per test JVM, started lazily on first use in {@code target/postgres} (wiped at that first start)
 * and shared by every test class; {@link #stop()} leaves it running for the next test class, a shutdown hook stops
 * it when the JVM exits. Each resource instance creates its database if missing and points the default datasource
 * at it (URL, username, password).
 *
 * <p>The service's {@code application.properties} must declare {@code quarkus.datasource.db-kind=postgresql} and
 * switch Dev Services off ({@code quarkus.devservices.enabled=false} or {@code quarkus.datasource.devservices.enabled=false}):
 * both are build-time settings, and Quarkus builds the test application before any test resource starts.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    static final String RUNNING_PROPERTY = "aftersales.testing.postgres.data";

    private static PostgresServer server;

    private String database = "test";

    /** The shared server, started on first use. */
    public static synchronized PostgresServer server() {
        if (server == null || !server.isRunning()) {
            Path data = SharedInfra.targetDirectory("postgres");
            server = SharedInfra.obtain(RUNNING_PROPERTY, data, () -> {
                PostgresServer.deleteDataDirectory(data);
                return PostgresServer.start(data, 0);
            }, PostgresServer::attach);
        }
        return server;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "test");
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = server();
        postgres.createDatabase(database);
        // No quarkus.datasource.devservices.enabled here: it is build-time config, and Quarkus builds the test
        // application before test resources start. Returning it cannot switch Dev Services off, and when it differs
        // from the built value a @TestProfile application fails to start ("Build time property cannot be changed at
        // runtime"). Services set quarkus.datasource.db-kind=postgresql and disable Dev Services in
        // application.properties instead.
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password());
    }

    @Override
    public void stop() {
        // kept running for the next test class; stopped by the JVM shutdown hook
    }
}
