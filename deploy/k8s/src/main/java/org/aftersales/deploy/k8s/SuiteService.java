package org.aftersales.deploy.k8s;

import java.util.List;
import java.util.SortedSet;

/**
 * One service of the suite as its Kubernetes manifests see it: where it listens, which gateway resources it owns,
 * which topics it writes and reads, and which consumer groups it uses.
 *
 * @param name the service name: Deployment, Service, KafkaUser and gateway backend all carry it
 * @param port the HTTP port, from {@code deploy/gateway/routes.tsv}
 * @param resources the first path segments after {@code /api/v1/} it owns, in table order
 * @param writes topics it publishes to: its aggregates' topics and its dead-letter topic
 * @param reads topics its consumers subscribe to
 * @param consumerGroups the consumer groups of those subscriptions
 */
public record SuiteService(String name, int port, List<String> resources, SortedSet<String> writes,
        SortedSet<String> reads, SortedSet<String> consumerGroups) {

    /** The service's database and its owner role: {@code ticket} for {@code ticket-service}. */
    public String database() {
        return name.endsWith("-service") ? name.substring(0, name.length() - "-service".length()) : name;
    }

    /** Where the service's consumers park events they cannot apply. */
    public String deadLetterTopic() {
        return deadLetterTopicOf(name);
    }

    /** The dead-letter topic of a service: {@code aftersales.dead-letter.<service>}. */
    public static String deadLetterTopicOf(String service) {
        return "aftersales.dead-letter." + service;
    }
}
