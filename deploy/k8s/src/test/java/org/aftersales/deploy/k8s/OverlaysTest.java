package org.aftersales.deploy.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every overlay renders, every document is a valid object of its model, and the invariants hold for every service:
 * probes, resources, disruption budget, autoscaling, network isolation, non-root read-only containers, images from
 * the overlay's registry, the catalog's topics, least-privilege Kafka users and the route table's routes.
 */
class OverlaysTest {

    private static final Path ROOT = RepositoryRoot.path();
    private static final Suite SUITE = Suite.read(ROOT);
    private static final Set<String> OPERATOR_KINDS = Set.of("BackendTrafficPolicy", "ClientTrafficPolicy", "Cluster",
            "Database", "Keycloak", "KeycloakRealmImport", "ObjectStore", "PrometheusRule", "ScheduledBackup",
            "ServiceMonitor");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_document_reads_into_its_model(String overlay) {
        Rendering rendering = Rendering.of(ROOT, overlay);
        assertThat(rendering.genericKinds()).as("kinds without a model (a typo in apiVersion or kind?)")
                .isSubsetOf(OPERATOR_KINDS);
        assertThat(rendering.resources()).allSatisfy(resource -> assertThat(resource.getMetadata().getNamespace())
                .isEqualTo(overlay.equals("dev") ? "aftersales-dev" : "aftersales"));
    }

    @Test
    void the_built_in_renderer_renders_what_kubectl_renders() {
        for (String overlay : List.of("dev", "production")) {
            Path dir = ROOT.resolve("deploy/k8s/overlays").resolve(overlay);
            Kustomize.renderWithKubectl(dir).ifPresent(kubectl -> assertThat(byId(Kustomize.renderHere(dir)))
                    .as(overlay).isEqualTo(byId(kubectl)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_service_has_probes_resources_and_a_locked_down_container(String overlay) {
        Rendering rendering = Rendering.of(ROOT, overlay);
        for (SuiteService service : SUITE.services()) {
            Deployment deployment = rendering.one(Deployment.class, service.name());
            var pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(service.name()).isTrue();
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
            Container container = pod.getContainers().get(0);
            assertThat(probePath(container.getStartupProbe())).isEqualTo("/q/health/started");
            assertThat(probePath(container.getLivenessProbe())).isEqualTo("/q/health/live");
            assertThat(probePath(container.getReadinessProbe())).isEqualTo("/q/health/ready");
            assertThat(container.getPorts()).singleElement()
                    .satisfies(port -> assertThat(port.getContainerPort()).isEqualTo(service.port()));
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
            assertThat(container.getEnv()).anySatisfy(env -> {
                assertThat(env.getName()).isEqualTo("JAVA_OPTS_APPEND");
                assertThat(env.getValue()).contains("-XX:MaxRAMPercentage=");
            });
            String registry = overlay.equals("dev") ? "registry.dev.example.org/" : "registry.example.org/";
            assertThat(container.getImage()).startsWith(registry + "aftersales/" + service.name() + ":")
                    .doesNotEndWith(":latest");
            assertThat(rendering.one(Service.class, service.name()).getSpec().getPorts())
                    .singleElement().satisfies(port -> assertThat(port.getPort()).isEqualTo(service.port()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void every_service_scales_survives_disruption_and_is_scraped(String overlay) {
        Rendering rendering = Rendering.of(ROOT, overlay);
        for (SuiteService service : SUITE.services()) {
            Map<String, String> pods = Map.of("app.kubernetes.io/name", service.name());
            HorizontalPodAutoscaler hpa = rendering.one(HorizontalPodAutoscaler.class, service.name());
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(service.name());
            assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
            PodDisruptionBudget pdb = rendering.one(PodDisruptionBudget.class, service.name());
            assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(pods);
            assertThat(rendering.raw("ServiceMonitor"))
                    .filteredOn(m -> m.path("metadata").path("name").asText().equals(service.name()))
                    .singleElement()
                    .satisfies(monitor -> assertThat(monitor.at("/spec/endpoints/0/path").asText())
                            .isEqualTo("/q/metrics"));
        }
        if (overlay.equals("production")) {
            assertThat(rendering.all(HorizontalPodAutoscaler.class))
                    .allSatisfy(hpa -> assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void only_the_gateway_reaches_a_service_and_it_reaches_only_its_database_kafka_keycloak_and_traces(
            String overlay) {
        Rendering rendering = Rendering.of(ROOT, overlay);
        for (SuiteService service : SUITE.services()) {
            NetworkPolicy policy = rendering.one(NetworkPolicy.class, service.name());
            assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                    .isEqualTo(Map.of("app.kubernetes.io/name", service.name()));
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(policy.getSpec().getIngress()).flatExtracting(rule -> rule.getFrom())
                    .extracting(OverlaysTest::peer)
                    .containsExactlyInAnyOrder("envoy-gateway-system/app.kubernetes.io/name=envoy",
                            "monitoring/app.kubernetes.io/name=prometheus");
            assertThat(policy.getSpec().getEgress()).flatExtracting(rule -> rule.getTo())
                    .extracting(OverlaysTest::peer)
                    .containsExactlyInAnyOrder("cnpg.io/cluster=aftersales-db",
                            "strimzi.io/broker-role=true,strimzi.io/cluster=aftersales-kafka",
                            "app=keycloak,app.kubernetes.io/instance=aftersales-keycloak",
                            "monitoring/app.kubernetes.io/name=opentelemetry-collector",
                            "kube-system/k8s-app=kube-dns");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_topics_are_the_event_catalogs_and_each_services_dead_letters(String overlay) {
        Rendering rendering = Rendering.of(ROOT, overlay);
        Set<String> topics = rendering.all(KafkaTopic.class).stream()
                .map(topic -> topic.getSpec().getTopicName()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(topics).isEqualTo(SUITE.topics());
        SUITE.services().forEach(service -> assertThat(topics).contains("aftersales.dead-letter." + service.name()));
        SUITE.eventTopics().forEach(topic -> assertThat(topics).contains(topic));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void each_service_has_a_kafka_user_allowed_only_its_own_topics_over_tls_and_scram(String overlay) {
        Rendering rendering = Rendering.of(ROOT, overlay);
        assertThat(rendering.all(KafkaUser.class)).hasSize(SUITE.services().size());
        for (SuiteService service : SUITE.services()) {
            KafkaUser user = rendering.one(KafkaUser.class, service.name());
            assertThat(user.getSpec().getAuthentication().getType()).isEqualTo("scram-sha-512");
            List<AclRule> acls = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
            assertThat(topicsAllowed(acls, "Write")).as(service.name() + " writes").isEqualTo(service.writes());
            assertThat(topicsAllowed(acls, "Read")).as(service.name() + " reads").isEqualTo(service.reads());
            Set<String> groups = acls.stream().map(AclRule::getResource)
                    .filter(AclRuleGroupResource.class::isInstance)
                    .map(r -> ((AclRuleGroupResource) r).getName()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(groups).isEqualTo(service.consumerGroups());
            assertThat(acls).allSatisfy(acl -> assertThat(acl.getResource().toString()).doesNotContain("name=*"));
        }
        Kafka kafka = rendering.one(Kafka.class, "aftersales-kafka");
        assertThat(kafka.getSpec().getKafka().getListeners()).isNotEmpty().allSatisfy(listener -> {
            assertThat(listener.isTls()).isTrue();
            assertThat(listener.getAuth()).isInstanceOf(KafkaListenerAuthenticationScramSha512.class);
        });
        assertThat(kafka.getSpec().getKafka().getAuthorization().getType()).isEqualTo("simple");
        assertThat(rendering.all(KafkaNodePool.class)).extracting(pool -> pool.getSpec().getRoles().toString())
                .containsExactlyInAnyOrder("[CONTROLLER]", "[BROKER]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void the_routes_are_the_route_tables(String overlay) {
        Rendering rendering = Rendering.of(ROOT, overlay);
        for (SuiteService service : SUITE.services()) {
            HTTPRoute route = rendering.one(HTTPRoute.class, service.name());
            HTTPRouteRule api = route.getSpec().getRules().get(0);
            assertThat(api.getMatches())
                    .extracting(match -> match.getPath().getType() + " " + match.getPath().getValue())
                    .containsExactlyElementsOf(service.resources().stream()
                            .map(resource -> "PathPrefix /api/v1/" + resource).toList());
            assertThat(route.getSpec().getRules()).allSatisfy(rule -> assertThat(rule.getBackendRefs())
                    .singleElement().satisfies(backend -> {
                        assertThat(backend.getName()).isEqualTo(service.name());
                        assertThat(backend.getPort()).isEqualTo(service.port());
                    }));
        }
        assertThat(rendering.all(HTTPRoute.class)).extracting(r -> r.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("keycloak"),
                        SUITE.services().stream().map(SuiteService::name)).toList());
    }

    @Test
    void production_has_three_database_instances_no_secrets_and_no_demo_realm() {
        Rendering production = Rendering.of(ROOT, "production");
        assertThat(production.raw("Cluster")).singleElement()
                .satisfies(cluster -> assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(3));
        assertThat(production.raw("ScheduledBackup")).isNotEmpty();
        assertThat(production.all(Secret.class)).isEmpty();
        assertThat(production.all(Deployment.class))
                .allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(2));
        JsonNode realm = production.raw("KeycloakRealmImport").get(0).at("/spec/realm");
        assertThat(realm.path("users").isMissingNode()).as("users").isTrue();
        assertThat(realm.path("clients").findValues("secret")).isEmpty();
        assertThat(realm.path("clients")).isNotEmpty().allSatisfy(client -> {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(client.path("serviceAccountsEnabled").asBoolean()).isFalse();
            assertThat(client.path("redirectUris").toString()).doesNotContain("localhost");
        });
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
    }

    @Test
    void dev_runs_one_of_each_with_the_demo_realm() {
        Rendering dev = Rendering.of(ROOT, "dev");
        assertThat(dev.raw("Cluster").get(0).at("/spec/instances").asInt()).isEqualTo(1);
        assertThat(dev.all(KafkaNodePool.class)).allSatisfy(p -> assertThat(p.getSpec().getReplicas()).isEqualTo(1));
        assertThat(dev.all(KafkaTopic.class)).allSatisfy(t -> assertThat(t.getSpec().getReplicas()).isEqualTo(1));
        assertThat(dev.raw("KeycloakRealmImport").get(0).at("/spec/realm/users").findValuesAsText("username"))
                .contains("agent", "customer-a");
        assertThat(dev.all(Secret.class)).extracting(s -> s.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Stream.concat(
                        Stream.of("aftersales-db-keycloak", "notification-service-secrets"),
                        SUITE.services().stream().map(s -> "aftersales-db-" + s.database())).toList());
    }

    @Test
    void every_service_takes_its_own_secrets_from_ops_and_production_ships_none() {
        Rendering production = Rendering.of(ROOT, "production");
        assertThat(production.all(Deployment.class)).hasSameSizeAs(SUITE.services()).allSatisfy(deployment ->
                assertThat(deployment.getSpec().getTemplate().getSpec().getContainers().getFirst().getEnvFrom())
                        .singleElement().satisfies(source -> {
                            assertThat(source.getSecretRef().getName())
                                    .isEqualTo(deployment.getMetadata().getName() + "-secrets");
                            assertThat(source.getSecretRef().getOptional()).isTrue();
                        }));
        assertThat(production.all(Secret.class)).isEmpty();
    }

    private static Set<String> topicsAllowed(List<AclRule> acls, String operation) {
        return acls.stream()
                .filter(acl -> acl.getResource() instanceof AclRuleTopicResource)
                .filter(acl -> acl.getOperations().stream().anyMatch(op -> op.toValue().equals(operation)))
                .map(acl -> ((AclRuleTopicResource) acl.getResource()).getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String probePath(Probe probe) {
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
        return probe.getHttpGet().getPath();
    }

    private static String peer(NetworkPolicyPeer peer) {
        String pods = new TreeMap<>(peer.getPodSelector().getMatchLabels()).entrySet().stream()
                .map(label -> label.getKey() + "=" + label.getValue()).collect(Collectors.joining(","));
        return peer.getNamespaceSelector() == null ? pods
                : peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name") + "/" + pods;
    }

    private static Map<String, ObjectNode> byId(List<ObjectNode> documents) {
        Map<String, ObjectNode> byId = new TreeMap<>(Comparator.naturalOrder());
        documents.forEach(d -> byId.put(d.path("apiVersion").asText() + "/" + d.path("kind").asText() + "/"
                + d.path("metadata").path("name").asText(), d));
        return byId;
    }
}
