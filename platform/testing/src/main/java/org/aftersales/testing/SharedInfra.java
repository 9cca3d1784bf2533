package org.aftersales.testing;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One server of each kind per test JVM, even across class loaders.
 *
 * <p>Quarkus loads test resources (and this library) in a class loader per application it starts, e.g. one per
 * {@code @TestProfile}, so a plain static field would start a second server and wipe the first one's data directory.
 * The first start is therefore recorded in a JVM-wide system property (the data directory), and a later class loader
 * {@code attach}es to the running server instead. {@code synchronized (System.getProperties())} is the JVM-wide lock
 * (the same object in every class loader).
 */
final class SharedInfra {

    private SharedInfra() {
    }

    static <T> T obtain(String property, Path dataDirectory, Supplier<T> wipeAndStart, Function<Path, T> attach) {
        synchronized (System.getProperties()) {
            String running = System.getProperty(property);
            if (running != null) {
                return attach.apply(Path.of(running));
            }
            T server = wipeAndStart.get();
            System.setProperty(property, dataDirectory.toString());
            return server;
        }
    }

    /** {@code target/<name>} of the module whose tests run (surefire's working directory is the module). */
    static Path targetDirectory(String name) {
        return Path.of("target", name).toAbsolutePath().normalize();
    }
}
