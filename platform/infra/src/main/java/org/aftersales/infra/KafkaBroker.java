package org.aftersales.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * A real Apache Kafka broker ({@code kafka_2.13}, the version of the Kafka clients Quarkus uses) in KRaft combined
 * mode (single node, broker + controller), run as a child JVM.
 *
 * <p>The child's classpath is the resource {@code org/aftersales/infra/kafka-broker.classpath}, written at build time
 * by the {@code aftersales-kafka-broker-classpath} module ({@code dependency:build-classpath}); none of the broker's
 * jars are on this JVM's classpath. The child runs with the same {@code java} as this JVM.
 *
 * <p>Data directory layout: {@code server.properties}, {@code log4j2.properties}, {@code classpath.args} (all three
 * rewritten on every start), {@code kafka-logs/} (log.dirs), {@code server.log} (broker log), {@code stdout.log}
 * (child stdout/stderr, normally empty) and {@code broker.pid} (while running; the source of truth for
 * {@link #isRunning()}, so handles in different class loaders agree).
 */
public final class KafkaBroker {

    static final String CLASSPATH_RESOURCE = "org/aftersales/infra/kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private static final Pattern LISTENERS =
            Pattern.compile("PLAINTEXT://127\\.0\\.0\\.1:(\\d+),CONTROLLER://127\\.0\\.0\\.1:(\\d+)");
    private static final String DATA_MARKER = "-Daftersales.kafka.data=";

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private final List<String> classpath;
    private Thread shutdownHook;
    private volatile boolean gracefulOnJvmExit;

    private KafkaBroker(Path dataDirectory, int port, int controllerPort, List<String> classpath) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.classpath = classpath;
    }

    /**
     * Starts a broker on {@code localhost:port} ({@code 0} picks a free port; the controller listener always gets
     * a free port) with its data in {@code dataDirectory}. The storage is formatted only if it is not yet, so topics
     * and records persist between runs. Returns when the broker answers an AdminClient {@code describeCluster}.
     */
    public static KafkaBroker start(Path dataDirectory, int port) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        int brokerPort = port == 0 ? Support.freePort() : port;
        KafkaBroker broker = new KafkaBroker(data, brokerPort, Support.freePortExcept(brokerPort), brokerClasspath());
        broker.startProcess();
        return broker;
    }

    /**
     * A handle on the broker of {@code dataDirectory} that was started earlier (it may be running or stopped), e.g.
     * from another class loader of this JVM (Quarkus gives each test profile its own). Its {@link #stop()},
     * {@link #kill()}, {@link #restart()} and {@link #isRunning()} act on that broker (state is kept in the data
     * directory); the ports are read from its {@code server.properties}. No shutdown hook is registered until this
     * handle itself (re)starts the broker.
     */
    public static KafkaBroker attach(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(data.resolve("server.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("no broker configuration in " + data, e);
        }
        Matcher listeners = LISTENERS.matcher(properties.getProperty("listeners", ""));
        if (!listeners.matches()) {
            throw new IllegalStateException("unexpected listeners in " + data + "/server.properties: "
                    + properties.getProperty("listeners"));
        }
        return new KafkaBroker(data, Integer.parseInt(listeners.group(1)), Integer.parseInt(listeners.group(2)),
                brokerClasspath());
    }

    /**
     * Deletes a data directory, first killing a broker that still runs on it (e.g. orphaned by a JVM that was
     * killed). Does nothing if the directory does not exist.
     */
    public static void deleteDataDirectory(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        killOrphan(data);
        Support.deleteRecursively(data);
    }

    /** {@code localhost:PORT}, matching the broker's advertised listener. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The broker's log4j log file. */
    public Path logFile() {
        return dataDirectory.resolve("server.log");
    }

    /**
     * Whether the broker JVM is alive (false after {@link #stop()}, {@link #kill()} or a crash). The state is read
     * from the data directory's {@code broker.pid}, so every handle on the same data directory (see
     * {@link #attach(Path)}) agrees.
     */
    public boolean isRunning() {
        return brokerProcess().isPresent();
    }

    /** The broker JVM's process id, or -1 when it is not running. */
    public long pid() {
        return brokerProcess().map(ProcessHandle::pid).orElse(-1L);
    }

    /** Graceful shutdown (SIGTERM) and wait for the child JVM to exit. Idempotent. */
    public synchronized void stop() {
        Support.removeShutdownHook(shutdownHook);
        shutdownHook = null;
        brokerProcess().ifPresent(broker -> {
            broker.destroy();
            if (!awaitExit(broker, STOP_TIMEOUT)) {
                broker.destroyForcibly();
                awaitExit(broker, Duration.ofSeconds(10));
                deletePidFile();
                throw new IllegalStateException("Kafka broker did not stop within " + STOP_TIMEOUT.toSeconds()
                        + "s and was killed\n" + Support.tail(logFile(), 30));
            }
        });
        deletePidFile();
    }

    /** Kills the broker JVM (SIGKILL) without a clean shutdown, as a crash would, and waits until it is gone. */
    public synchronized void kill() {
        Support.removeShutdownHook(shutdownHook);
        shutdownHook = null;
        brokerProcess().ifPresent(broker -> {
            broker.destroyForcibly();
            awaitExit(broker, STOP_TIMEOUT);
        });
        deletePidFile();
    }

    /**
     * Starts the broker again on the same ports and data directory (stopping it gracefully first if it is still
     * running) and waits until it is ready.
     */
    public synchronized void restart() {
        stop();
        startProcess();
    }

    @Override
    public String toString() {
        return "KafkaBroker[" + bootstrapServers() + ", controller=" + controllerPort + ", data=" + dataDirectory + "]";
    }

    // ------------------------------------------------------------------------------------------------------------

    private synchronized void startProcess() {
        Instant started = Instant.now();
        Process process = null;
        try {
            Files.createDirectories(dataDirectory);
            killOrphan(dataDirectory);
            Path logDirs = dataDirectory.resolve("kafka-logs");
            Path serverProperties = dataDirectory.resolve("server.properties");
            Files.writeString(serverProperties, serverProperties(logDirs), StandardCharsets.UTF_8);
            Path log4j = dataDirectory.resolve("log4j2.properties");
            Files.writeString(log4j, log4jProperties(logFile()), StandardCharsets.UTF_8);
            if (!Files.isRegularFile(logDirs.resolve("meta.properties"))) {
                format(serverProperties, log4j);
            }
            List<String> cmd = javaCommand(log4j, "broker", List.of("kafka.Kafka", serverProperties.toString()));
            process = childProcess(cmd)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("stdout.log").toFile()))
                    .start();
            Files.writeString(dataDirectory.resolve("broker.pid"), Long.toString(process.pid()));
            if (shutdownHook == null) {
                shutdownHook = new Thread(this::onJvmExit, "kafka-broker-" + port + "-shutdown");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }
            awaitReady(process, started);
        } catch (IOException | RuntimeException e) {
            if (process != null) {
                process.destroyForcibly();
            }
            kill();
            throw e instanceof IOException io
                    ? new UncheckedIOException("could not start Kafka broker in " + dataDirectory, io)
                    : (RuntimeException) e;
        }
    }

    /** A child JVM that does not inherit this JVM's agent/launcher options (e.g. a coverage agent). */
    private ProcessBuilder childProcess(List<String> cmd) {
        ProcessBuilder builder = new ProcessBuilder(cmd)
                .directory(dataDirectory.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().keySet().removeAll(List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS",
                "CLASSPATH", "KAFKA_OPTS", "KAFKA_HEAP_OPTS", "KAFKA_LOG4J_OPTS"));
        return builder;
    }

    private void onJvmExit() {
        try {
            if (gracefulOnJvmExit) {
                stop();
            } else {
                kill();
            }
        } catch (RuntimeException e) {
            System.err.println("[aftersales-infra] stopping " + this + " failed: " + e);
        }
    }

    private void awaitReady(Process process, Instant started) {
        Instant deadline = started.plus(START_TIMEOUT);
        // the port opens late in startup; only then ask the AdminClient (avoids its reconnect warnings)
        while (!Support.portAccepts(port, 200)) {
            checkAlive(process, deadline);
        }
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "50");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "aftersales-infra-readiness");
        Exception last = null;
        try (Admin admin = Admin.create(config)) {
            while (true) {
                checkAlive(process, deadline);
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                            .nodes().get(4, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " not ready within "
                            + START_TIMEOUT.toSeconds() + "s (last error: " + last + ")\n" + Support.tail(logFile(), 40));
                }
            }
        }
    }

    /** Fails (with the log tail) if the child died or the deadline passed; otherwise waits one short poll interval. */
    private void checkAlive(Process process, Instant deadline) {
        try {
            if (process.waitFor(50, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Kafka broker exited with code " + process.exitValue()
                        + " while starting on " + bootstrapServers() + "\n" + Support.tail(logFile(), 40)
                        + Support.tail(dataDirectory.resolve("stdout.log"), 20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " not listening within "
                    + START_TIMEOUT.toSeconds() + "s\n" + Support.tail(logFile(), 40));
        }
    }

    private void format(Path serverProperties, Path log4j) {
        List<String> cmd = javaCommand(log4j, "format", List.of("kafka.tools.StorageTool", "format",
                "-t", randomClusterId(), "-c", serverProperties.toString()));
        try {
            Process formatting = childProcess(cmd).start();
            String output = new String(formatting.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!formatting.waitFor(120, TimeUnit.SECONDS)) {
                formatting.destroyForcibly();
            }
            if (formatting.isAlive() || formatting.exitValue() != 0) {
                throw new IllegalStateException("kafka-storage format failed in " + dataDirectory + ":\n" + output
                        + "\n" + Support.tail(logFile(), 20));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run kafka-storage format", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka storage", e);
        }
    }

    /** A Kafka {@code Uuid} string: 16 random bytes, URL-safe base64 without padding, not starting with '-'. */
    private static String randomClusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private String serverProperties(Path logDirs) {
        return String.join("\n",
                "# written by org.aftersales.infra.KafkaBroker on every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDirs,
                "num.partitions=3",
                "default.replication.factor=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "transaction.state.log.num.partitions=3",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                // After a kill the restarted controller keeps the old broker registration until its session
                // expires (default 9 s) and rejects the new one meanwhile: keep that short for crash tests.
                "broker.session.timeout.ms=2000",
                "broker.heartbeat.interval.ms=500",
                "num.network.threads=2",
                "num.io.threads=4",
                "num.recovery.threads.per.data.dir=1",
                "log.retention.hours=168",
                "log.segment.bytes=67108864",
                "")
                .replace("\\", "\\\\");
    }

    private static String log4jProperties(Path logFile) {
        return String.join("\n",
                "# written by org.aftersales.infra.KafkaBroker on every start",
                "status = warn",
                "appender.file.type = File",
                "appender.file.name = FILE",
                "appender.file.fileName = " + logFile.toString().replace("\\", "\\\\"),
                "appender.file.append = true",
                "appender.file.layout.type = PatternLayout",
                "appender.file.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.file.ref = FILE",
                // chatty at INFO and of no use here
                "logger.state.name = state.change.logger",
                "logger.state.level = WARN",
                "logger.request.name = kafka.request.logger",
                "logger.request.level = WARN",
                "");
    }

    private List<String> javaCommand(Path log4j, String cdsName, List<String> mainAndArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(
                DATA_MARKER + dataDirectory, // identifies the broker of this data directory in the process table
                "-Xms64m", "-Xmx512m",
                // startup speed on small machines: C1 only, serial GC, and an auto-created AppCDS archive
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + log4j,
                "-Dlog4j2.contextSelector=org.apache.logging.log4j.core.selector.BasicContextSelector",
                // keep logging through Kafka's own shutdown hook (log4j's hook would close the file first)
                "-Dlog4j2.shutdownHookEnabled=false"));
        if (Runtime.version().feature() >= 23) {
            cmd.add("--sun-misc-unsafe-memory-access=allow"); // silences JDK 24+ warnings from kafka-clients
        }
        if (!"false".equals(System.getProperty("aftersales.kafka.cds"))) {
            cmd.add("-XX:+AutoCreateSharedArchive");
            cmd.add("-Xlog:cds*=off"); // "skipping class ..." warnings while dumping the archive
            cmd.add("-XX:SharedArchiveFile=" + cdsArchive(cdsName));
        }
        // the long classpath goes into an @argfile: /proc/PID/cmdline (read to recognise the broker) stays short
        Path argFile = dataDirectory.resolve("classpath.args");
        String quoted = String.join(java.io.File.pathSeparator, classpath).replace("\\", "\\\\").replace("\"", "\\\"");
        try {
            Files.writeString(argFile, "-cp \"" + quoted + "\"\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cmd.add("@" + argFile);
        cmd.addAll(mainAndArgs);
        return cmd;
    }

    /**
     * A dynamic CDS archive per (java, classpath, main class): the first JVM writes it at exit, later ones start
     * about twice as fast. The JVM validates it and silently recreates it when it does not match. (The storage
     * formatter gets its own archive: a valid archive is never rewritten, so sharing one would leave the broker
     * with the formatter's classes only.)
     */
    private Path cdsArchive(String name) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(System.getProperty("java.home").getBytes(StandardCharsets.UTF_8));
            sha.update(System.getProperty("java.vm.version", "").getBytes(StandardCharsets.UTF_8));
            sha.update(String.join(":", classpath).getBytes(StandardCharsets.UTF_8));
            String key = HexFormat.of().formatHex(sha.digest(), 0, 8);
            Path directory = Path.of(System.getProperty("java.io.tmpdir"), "aftersales-kafka-cds");
            Files.createDirectories(directory);
            return directory.resolve(key + "-" + name + ".jsa");
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot set up the CDS archive directory", e);
        }
    }

    /** The child JVM's classpath, generated at build time; every entry must exist. */
    static List<String> brokerClasspath() {
        String text;
        try (InputStream in = KafkaBroker.class.getClassLoader().getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " not on the classpath: it comes from "
                        + "org.aftersales:aftersales-kafka-broker-classpath (build platform/kafka-broker-classpath)");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> entries = new ArrayList<>();
        for (String entry : text.split(java.io.File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (!Files.exists(Path.of(entry))) {
                throw new IllegalStateException("Kafka broker classpath entry " + entry + " does not exist; rebuild "
                        + "platform/kafka-broker-classpath on this machine (./mvnw -pl platform/kafka-broker-classpath install)");
            }
            entries.add(entry);
        }
        return entries;
    }

    /** The live broker JVM recorded in {@code broker.pid} of this data directory, if any. */
    private Optional<ProcessHandle> brokerProcess() {
        return brokerProcess(dataDirectory);
    }

    private static Optional<ProcessHandle> brokerProcess(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("broker.pid");
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        String marker = DATA_MARKER + dataDirectory;
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                // guard against pid reuse: it must be the broker of this data directory
                .filter(h -> h.info().arguments()
                        .map(args -> List.of(args).contains(marker) && List.of(args).contains("kafka.Kafka"))
                        .orElse(true));
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(dataDirectory.resolve("broker.pid"));
        } catch (IOException e) {
            // harmless: a pid that is no broker on this data directory is ignored
        }
    }

    /** Kills a broker JVM left running on this data directory by a JVM that died without its shutdown hook. */
    private static void killOrphan(Path dataDirectory) {
        brokerProcess(dataDirectory).ifPresent(orphan -> {
            System.err.println("[aftersales-infra] killing orphaned Kafka broker pid " + orphan.pid()
                    + " on " + dataDirectory);
            orphan.destroyForcibly();
            awaitExit(orphan, STOP_TIMEOUT);
        });
    }

    // -------------------------------------------------------------------------------------------------- local stack

    /**
     * Local stack: {@code --data DIR --port N}. Starts the broker, prints {@code kafka ready on localhost:N} and runs
     * until SIGTERM/SIGINT, then stops the child broker gracefully; exits with status 1 when the broker dies by itself.
     */
    public static void main(String[] args) throws InterruptedException {
        String usage = "KafkaBroker --data DIR --port N";
        Map<String, String> options = Support.parseArgs(args, usage);
        if (!options.containsKey("data") || !options.containsKey("port")) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        KafkaBroker broker = start(Path.of(options.get("data")), Integer.parseInt(options.get("port")));
        broker.gracefulOnJvmExit = true;
        CompletableFuture<ProcessHandle> exited = broker.brokerProcess().map(ProcessHandle::onExit)
                .orElseGet(() -> CompletableFuture.completedFuture(null));
        Support.serveUntilStopped("kafka", "kafka ready on " + broker.bootstrapServers(), exited, broker::stop);
    }
}
