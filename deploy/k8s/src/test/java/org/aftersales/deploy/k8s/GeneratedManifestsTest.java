package org.aftersales.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.aftersales.events.EventCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed generated manifests are what {@link Manifests} writes from the repository today, so a new aggregate,
 * service or channel cannot be forgotten in the cluster. Run with {@code -Dk8s.regenerate} to rewrite them.
 */
class GeneratedManifestsTest {

    private static final Path ROOT = RepositoryRoot.path();

    @Test
    void the_committed_generated_manifests_are_up_to_date() throws IOException {
        Map<String, String> files = new Manifests(Suite.read(ROOT)).files();
        if (System.getProperty("k8s.regenerate") != null) {
            Manifests.main(new String[] {ROOT.toString()});
        }
        files.forEach((path, content) -> assertThat(ROOT.resolve(path))
                .as("%s is stale: run ./mvnw -B -q -pl deploy/k8s -am verify -Dk8s.regenerate", path)
                .exists()
                .hasContent(content));
    }

    @Test
    void every_aggregate_of_the_catalog_has_a_topic_written_by_its_owner_only() {
        Suite suite = Suite.read(ROOT);
        EventCatalog.ALL.forEach(type -> assertThat(suite.services())
                .as("services writing %s", type.topic())
                .filteredOn(service -> service.writes().contains(type.topic()))
                .hasSize(1));
    }

    @Test
    void an_aggregate_without_an_owner_is_refused(@TempDir Path copy) throws IOException {
        Files.createDirectories(copy.resolve("deploy/k8s"));
        Files.writeString(copy.resolve("deploy/k8s/event-owners.tsv"),
                "# aggregate\tservice\nticket\tticket-service\n");
        assertThatThrownBy(() -> Suite.read(copy))
                .hasMessageContaining("has no publishing service in deploy/k8s/event-owners.tsv");
    }

    @Test
    void consumers_read_the_topics_of_their_channels_and_write_their_dead_letters() {
        SuiteService ticket = Suite.read(ROOT).services().stream()
                .filter(s -> s.name().equals("ticket-service")).findFirst().orElseThrow();
        assertThat(ticket.reads()).contains("aftersales.device", "aftersales.contract");
        assertThat(ticket.consumerGroups()).containsExactly("ticket-service");
        assertThat(ticket.writes()).contains("aftersales.ticket", "aftersales.dead-letter.ticket-service")
                .doesNotContain("aftersales.device");
        assertThat(ticket.database()).isEqualTo("ticket");
    }
}
