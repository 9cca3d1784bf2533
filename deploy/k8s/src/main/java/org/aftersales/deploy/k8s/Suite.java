package org.aftersales.deploy.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.events.EventCatalog;
import org.aftersales.events.EventType;

/**
 * The facts the manifests are derived from, read from the repository itself so they never drift: the services
 * and their routes ({@code deploy/gateway/routes.tsv}), the topics ({@link EventCatalog#ALL}), who publishes each
 * aggregate ({@code deploy/k8s/event-owners.tsv}) and each service's Kafka channels (its
 * {@code application.properties}).
 *
 * @param root the repository root
 * @param services the services in route-table order
 * @param eventTopics the topic of every aggregate in the event catalog
 */
public record Suite(Path root, List<SuiteService> services, SortedSet<String> eventTopics) {

    private static final Pattern CHANNEL = Pattern.compile(
            "mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.(topic|group\\.id|dead-letter-queue\\.topic)");

    /** Reads the suite from the repository at {@code root}. */
    public static Suite read(Path root) {
        Map<String, String> owners = table(root.resolve("deploy/k8s/event-owners.tsv"));
        SortedSet<String> eventTopics = new TreeSet<>();
        Map<String, SortedSet<String>> owned = new TreeMap<>();
        for (EventType<?> type : EventCatalog.ALL) {
            String owner = owners.get(type.aggregateType());
            if (owner == null) {
                throw new IllegalStateException("aggregate '" + type.aggregateType() + "' of " + type.type()
                        + " has no publishing service in deploy/k8s/event-owners.tsv");
            }
            eventTopics.add(type.topic());
            owned.computeIfAbsent(owner, o -> new TreeSet<>()).add(type.topic());
        }
        Map<String, List<String>> resources = new LinkedHashMap<>();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String[] row : rows(root.resolve("deploy/gateway/routes.tsv"))) {
            resources.computeIfAbsent(row[1], s -> new ArrayList<>()).add(row[0]);
            ports.put(row[1], Integer.parseInt(row[2]));
        }
        List<SuiteService> services = new ArrayList<>();
        for (Map.Entry<String, List<String>> service : resources.entrySet()) {
            String name = service.getKey();
            SortedSet<String> writes = new TreeSet<>(owned.getOrDefault(name, new TreeSet<>()));
            writes.add(SuiteService.deadLetterTopicOf(name));
            SortedSet<String> reads = new TreeSet<>();
            SortedSet<String> groups = new TreeSet<>();
            channels(root.resolve(name).resolve("src/main/resources/application.properties"))
                    .forEach((key, value) -> {
                        Matcher channel = CHANNEL.matcher(key);
                        if (!channel.matches()) {
                            return;
                        }
                        boolean incoming = channel.group(1).equals("incoming");
                        switch (channel.group(3)) {
                            case "topic" -> (incoming ? reads : writes).add(value);
                            case "group.id" -> groups.add(value);
                            default -> writes.add(value);
                        }
                    });
            services.add(new SuiteService(name, ports.get(name), List.copyOf(service.getValue()), writes, reads,
                    groups));
        }
        owned.keySet().stream().filter(owner -> !resources.containsKey(owner)).findFirst().ifPresent(owner -> {
            throw new IllegalStateException("event owner " + owner + " is not a service of routes.tsv");
        });
        return new Suite(root, List.copyOf(services), eventTopics);
    }

    /** Every topic the cluster must hold: each aggregate's and each service's dead-letter topic. */
    public SortedSet<String> topics() {
        SortedSet<String> topics = new TreeSet<>(eventTopics);
        services.forEach(service -> topics.add(service.deadLetterTopic()));
        return topics;
    }

    private static Map<String, String> table(Path file) {
        Map<String, String> table = new LinkedHashMap<>();
        rows(file).forEach(row -> table.put(row[0], row[1]));
        return table;
    }

    private static List<String[]> rows(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> channels(Path applicationProperties) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(applicationProperties)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> channels = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> channels.put(key, properties.getProperty(key)));
        return channels;
    }
}
