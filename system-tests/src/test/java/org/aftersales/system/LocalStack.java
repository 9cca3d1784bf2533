package org.aftersales.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole suite as a user runs it: uses a stack that is already up (gateway and Keycloak answer; its state in the
 * checkout's {@code .local}, or {@code -Daftersales.state}), else starts one with {@code deploy/local/up.sh} in this
 * module's {@code target/stack} and stops it with {@code deploy/local/down.sh} when the test run ends.
 */
public final class LocalStack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final String GATEWAY = "http://localhost:8080";
    public static final String KEYCLOAK = "http://localhost:8180";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final Path ROOT = Path.of(System.getProperty("aftersales.root", ".."))
            .toAbsolutePath().normalize();
    private static Path state = Path.of(System.getProperty("aftersales.state", ROOT.resolve(".local").toString()))
            .toAbsolutePath();

    private boolean startedHere;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        store.getOrComputeIfAbsent(LocalStack.class, key -> {
            start();
            return this;
        }, LocalStack.class);
    }

    private void start() {
        if (answers(GATEWAY + "/health") && answers(KEYCLOAK + "/realms/aftersales/.well-known/openid-configuration")) {
            return;
        }
        state = Path.of(System.getProperty("aftersales.state", "target/stack")).toAbsolutePath();
        startedHere = true;
        try {
            run("deploy/local/up.sh", START_TIMEOUT);
        } catch (RuntimeException e) {
            // Not registered for close() yet: stop what did start, then fail.
            run("deploy/local/down.sh", Duration.ofMinutes(3));
            throw e;
        }
    }

    @Override
    public void close() {
        if (startedHere) {
            run("deploy/local/down.sh", Duration.ofMinutes(3));
        }
    }

    /** Stops one process of the stack (TERM, as a crash or a rollout would) and waits until it is gone. */
    static void stop(String name) throws Exception {
        long pid = Long.parseLong(Files.readString(state.resolve("pids/" + name + ".pid")).strip());
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException(name + " is not running"));
        process.destroy();
        process.onExit().get(60, TimeUnit.SECONDS);
    }

    /** The process id up.sh recorded for a part of the stack (its launcher, for PostgreSQL and Kafka). */
    static long pid(String name) throws IOException {
        return Long.parseLong(Files.readString(state.resolve("pids/" + name + ".pid")).strip());
    }

    /** A file of the stack's state, e.g. {@code data/postgres/postmaster.pid}. */
    static Path stateFile(String relative) {
        return state.resolve(relative);
    }

    /** Starts what of the stack is not running (up.sh starts nothing twice) and waits until it is healthy. */
    static void startMissing() {
        run("deploy/local/up.sh", START_TIMEOUT);
    }

    private static void run(String script, Duration timeout) {
        try {
            Files.createDirectories(state);
            Path log = state.resolve(Path.of(script).getFileName() + ".out");
            ProcessBuilder builder = new ProcessBuilder(ROOT.resolve(script).toString())
                    .directory(ROOT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().put("AFTERSALES_STATE", state.toString());
            // The test stack is thrown away with target/: training the services' AOT caches would only make every
            // stop write one (ADR 0040).
            builder.environment().put("AFTERSALES_AOT_CACHE", "off");
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(script + " did not finish within " + timeout + "; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(script + " failed (exit " + process.exitValue() + "):\n"
                        + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running " + script, e);
        }
    }

    private static boolean answers(String url) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
