package org.aftersales.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The local stack's launchers never outlive their server: when the postmaster or the broker JVM dies, the launcher
 * exits with status 1, so that {@code deploy/local/up.sh} sees the part stopped and starts it again. Each launcher runs
 * here as the stack runs it: its own JVM with the launcher's {@code main}.
 */
class LauncherSupervisionTest {

    private static final long START_SECONDS = 120;

    @Test
    void the_postgres_launcher_exits_when_its_postmaster_is_killed() throws Exception {
        Path data = Path.of("target", "launcher-postgres").toAbsolutePath();
        PostgresServer.deleteDataDirectory(data);
        Launcher launcher = Launcher.start(PostgresServer.class, "--data", data.toString(),
                "--port", Integer.toString(Support.freePort()), "--databases", "ticket");
        try {
            launcher.awaitLine("postgres ready");
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();

            assertThat(launcher.process.waitFor(60, TimeUnit.SECONDS)).as("the launcher exits").isTrue();
            assertThat(launcher.process.exitValue()).isEqualTo(1);
            assertThat(launcher.output()).anyMatch(line -> line.contains("postgres exited by itself"));
        } finally {
            launcher.process.destroyForcibly();
            PostgresServer.deleteDataDirectory(data);
        }
    }

    @Test
    void the_kafka_launcher_exits_when_its_broker_is_killed() throws Exception {
        Path data = Path.of("target", "launcher-kafka").toAbsolutePath();
        KafkaBroker.deleteDataDirectory(data);
        Launcher launcher = Launcher.start(KafkaBroker.class, "--data", data.toString(),
                "--port", Integer.toString(Support.freePort()));
        try {
            launcher.awaitLine("kafka ready");
            long broker = Long.parseLong(Files.readString(data.resolve("broker.pid")).trim());
            ProcessHandle.of(broker).orElseThrow().destroyForcibly();

            assertThat(launcher.process.waitFor(60, TimeUnit.SECONDS)).as("the launcher exits").isTrue();
            assertThat(launcher.process.exitValue()).isEqualTo(1);
            assertThat(launcher.output()).anyMatch(line -> line.contains("kafka exited by itself"));
        } finally {
            launcher.process.destroyForcibly();
            KafkaBroker.deleteDataDirectory(data);
        }
    }

    @Test
    void a_stopped_postgres_launcher_stops_its_postmaster_and_does_not_report_a_crash() throws Exception {
        Path data = Path.of("target", "launcher-postgres-stop").toAbsolutePath();
        PostgresServer.deleteDataDirectory(data);
        Launcher launcher = Launcher.start(PostgresServer.class, "--data", data.toString(),
                "--port", Integer.toString(Support.freePort()), "--databases", "ticket");
        try {
            launcher.awaitLine("postgres ready");
            long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
            launcher.process.destroy(); // SIGTERM, as down.sh sends

            assertThat(launcher.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(launcher.process.exitValue()).as("stopped, not failed").isNotEqualTo(1);
            assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(launcher.output()).noneMatch(line -> line.contains("by itself"));
        } finally {
            launcher.process.destroyForcibly();
            PostgresServer.deleteDataDirectory(data);
        }
    }

    /** A launcher's JVM, with its output collected line by line. */
    private record Launcher(Process process, List<String> lines, CompletableFuture<Void> read) {

        static Launcher start(Class<?> main, String... args) throws IOException {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), main.getName()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Launcher launcher = new Launcher(process, new ArrayList<>(), new CompletableFuture<>());
            Thread reader = new Thread(launcher::collect, "launcher-output");
            reader.setDaemon(true);
            reader.start();
            return launcher;
        }

        private void collect() {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the launcher is gone; what it said is kept
            }
            read.complete(null);
        }

        /** Everything the launcher said, once it has exited and its output is read to the end. */
        List<String> output() throws Exception {
            read.get(30, TimeUnit.SECONDS);
            synchronized (lines) {
                return List.copyOf(lines);
            }
        }

        void awaitLine(String text) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
            synchronized (lines) {
                while (lines.stream().noneMatch(line -> line.contains(text))) {
                    long left = deadline - System.nanoTime();
                    assertThat(left).as("the launcher says '%s' within %d s: %s", text, START_SECONDS, lines).isPositive();
                    assertThat(process.isAlive()).as("the launcher runs: %s", lines).isTrue();
                    lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(Math.min(left, 1_000_000_000L))));
                }
            }
        }
    }
}
