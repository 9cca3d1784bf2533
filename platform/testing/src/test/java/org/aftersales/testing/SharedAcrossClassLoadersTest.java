package org.aftersales.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Quarkus loads test resources in one class loader per application (e.g. per test profile). A resource loaded by a
 * second class loader must reuse the servers of the first one, not start new ones (which would wipe their data).
 */
class SharedAcrossClassLoadersTest {

    @Test
    void aSecondClassLoaderAttachesToTheRunningServers() throws Exception {
        Map<String, String> postgres = start(PostgresTestResource.class.getName(), getClass().getClassLoader());
        Map<String, String> kafka = start(KafkaTestResource.class.getName(), getClass().getClassLoader());

        try (URLClassLoader isolated = new URLClassLoader("isolated", classpath(), ClassLoader.getPlatformClassLoader())) {
            assertThat(isolated.loadClass(PostgresTestResource.class.getName()))
                    .isNotSameAs(PostgresTestResource.class); // really a second copy of the classes
            Map<String, String> postgres2 = start(PostgresTestResource.class.getName(), isolated);
            Map<String, String> kafka2 = start(KafkaTestResource.class.getName(), isolated);

            assertThat(postgres2.get("quarkus.datasource.jdbc.url")).isEqualTo(postgres.get("quarkus.datasource.jdbc.url"));
            assertThat(kafka2.get("kafka.bootstrap.servers")).isEqualTo(kafka.get("kafka.bootstrap.servers"));

            // the attached handle controls the same broker
            Object broker2 = isolated.loadClass(KafkaTestResource.class.getName()).getMethod("broker").invoke(null);
            Method isRunning = broker2.getClass().getMethod("isRunning");
            broker2.getClass().getMethod("stop").invoke(broker2);
            assertThat(KafkaTestResource.broker().isRunning()).isFalse();
            assertThat((Boolean) isRunning.invoke(broker2)).isFalse();
            KafkaTestResource.broker().restart();
            assertThat((Boolean) isRunning.invoke(broker2)).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> start(String resourceClass, ClassLoader loader) throws Exception {
        Class<?> type = loader.loadClass(resourceClass);
        Object resource = type.getConstructor().newInstance();
        type.getMethod("init", Map.class).invoke(resource, Map.of());
        return (Map<String, String>) type.getMethod("start").invoke(resource);
    }

    private static URL[] classpath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
