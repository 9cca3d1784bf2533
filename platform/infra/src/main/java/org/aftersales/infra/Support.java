package org.aftersales.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Small helpers shared by {@link PostgresServer} and {@link KafkaBroker}. */
final class Support {

    private Support() {
    }

    /** Versions filtered into {@code infra.properties} at build time. */
    static String buildProperty(String name) {
        try (InputStream in = Support.class.getResourceAsStream("infra.properties")) {
            if (in == null) {
                throw new IllegalStateException("org/aftersales/infra/infra.properties missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty(name);
            if (value == null || value.isBlank() || value.startsWith("${")) {
                throw new IllegalStateException("infra.properties has no value for " + name);
            }
            return value.trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A currently free TCP port on 127.0.0.1 (the usual bind-and-release; a tiny race is accepted). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** A free port different from every port in {@code taken}. */
    static int freePortExcept(int... taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            boolean clash = false;
            for (int t : taken) {
                clash |= t == port;
            }
            if (!clash) {
                return port;
            }
        }
        throw new IllegalStateException("could not find a free port");
    }

    static boolean portAccepts(int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static volatile Boolean root;

    static boolean isRoot() {
        if (root == null) {
            root = "root".equals(System.getProperty("user.name")) || "0".equals(currentUid());
        }
        return root;
    }

    private static String currentUid() {
        try {
            Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return id.waitFor(10, TimeUnit.SECONDS) && id.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The last {@code maxLines} lines of a (possibly large or missing) text file, for error messages. */
    static String tail(Path file, int maxLines) {
        if (file == null || !Files.isRegularFile(file)) {
            return "(no log at " + file + ")";
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long start = Math.max(0, length - 64 * 1024);
            raf.seek(start);
            byte[] bytes = new byte[(int) (length - start)];
            raf.readFully(bytes);
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            int from = Math.max(0, lines.length - maxLines);
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < lines.length; i++) {
                sb.append("    ").append(lines[i]).append('\n');
            }
            return "--- last lines of " + file + " ---\n" + sb;
        } catch (IOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    /** Deletes a file tree if it exists; symlinks are deleted, never followed. */
    static void deleteRecursively(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                    if (exc instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw exc;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (exc != null && !(exc instanceof NoSuchFileException)) {
                        throw exc;
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }

    /** Runs a short command to completion, returning exit code and combined output. */
    static Result run(List<String> command, Path workingDirectory, long timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workingDirectory == null ? null : workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, new String(output, StandardCharsets.UTF_8) + "\n(timed out after "
                        + timeoutSeconds + "s)");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    record Result(int exitCode, String output) {
    }

    /** Removes a shutdown hook unless the JVM is already shutting down. */
    static void removeShutdownHook(Thread hook) {
        if (hook == null || Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs (or ran) anyway; stop() is idempotent
        }
    }

    /** Parses {@code --name value} pairs of the local-stack mains. */
    static java.util.Map<String, String> parseArgs(String[] args, String usage) {
        java.util.Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: " + usage);
            }
            options.put(arg.substring(2), args[++i]);
        }
        return options;
    }

    /**
     * A local-stack launcher's life after its server is ready: prints {@code readyLine}, then waits until the JVM is
     * told to stop (SIGTERM/SIGINT: {@code stop} stops the server, and {@code <name> stopped} is printed) or until the
     * server process exits by itself. A launcher never outlives its server: then it exits with status 1, so that
     * {@code deploy/local/up.sh} sees the part stopped and starts it again, instead of waiting for a port that will not
     * open.
     */
    static void serveUntilStopped(String name, String readyLine, CompletableFuture<?> serverExited, Runnable stop)
            throws InterruptedException {
        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            stop.run();
            System.out.println(name + " stopped");
            System.out.flush();
            stopped.countDown();
        }, name + "-main-shutdown"));
        CountDownLatch ended = new CountDownLatch(1);
        serverExited.whenComplete((exit, failure) -> ended.countDown());
        System.out.println(readyLine);
        System.out.flush();
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (ended.getCount() == 0 && !stopping.get()) {
                System.out.println(name + " exited by itself; its launcher exits too");
                System.out.flush();
                System.exit(1);
            }
        }
    }
}
