package org.aftersales.deploy.k8s;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the tests read: {@code aftersales.repository} from the build, else the nearest parent with mvnw. */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path path() {
        String configured = System.getProperty("aftersales.repository");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("deploy/k8s/event-owners.tsv"))) {
            dir = dir.getParent();
            if (dir == null) {
                throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
            }
        }
        return dir;
    }
}
