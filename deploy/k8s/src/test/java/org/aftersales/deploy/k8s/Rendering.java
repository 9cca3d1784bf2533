package org.aftersales.deploy.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An overlay rendered and every document read into its model: fabric8's for Kubernetes and Gateway API kinds,
 * Strimzi's {@code io.strimzi:api} for Kafka's (unknown fields refused), the raw tree for the other operators' CRDs.
 *
 * @param overlay the overlay's directory name
 * @param documents the rendered documents
 * @param resources the same documents in their models
 */
record Rendering(String overlay, List<ObjectNode> documents, List<HasMetadata> resources) {

    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();
    private static final ObjectMapper STRIMZI = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<? extends HasMetadata>> STRIMZI_KINDS = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class,
            "KafkaTopic", KafkaTopic.class, "KafkaUser", KafkaUser.class);

    private static final Map<Path, Rendering> RENDERED = new ConcurrentHashMap<>();

    /** The overlay rendered once per test run (the documents are not to be changed by the caller). */
    static Rendering of(Path root, String overlay) {
        return RENDERED.computeIfAbsent(root.resolve(overlay), dir -> render(root, overlay));
    }

    private static Rendering render(Path root, String overlay) {
        List<ObjectNode> documents = Kustomize.render(root.resolve("deploy/k8s/overlays").resolve(overlay));
        return new Rendering(overlay, documents, documents.stream().map(Rendering::model).toList());
    }

    private static HasMetadata model(ObjectNode document) {
        String kind = document.path("kind").asText();
        if (document.path("apiVersion").asText().startsWith("kafka.strimzi.io/")) {
            return STRIMZI.convertValue(document, STRIMZI_KINDS.get(kind));
        }
        return KUBERNETES.unmarshal(document.toString());
    }

    /** The resources of one model type. */
    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The resource of a type and name; fails naming them when the overlay lacks it. */
    <T extends HasMetadata> T one(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " has no " + type.getSimpleName() + " " + name));
    }

    /** The raw documents of an operator's kind that has no Java model here (CloudNativePG, Keycloak, Envoy). */
    List<ObjectNode> raw(String kind) {
        return documents.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    /** Documents fabric8 read as generic, i.e. kinds no model on the classpath knows. */
    List<String> genericKinds() {
        return resources.stream().filter(GenericKubernetesResource.class::isInstance)
                .map(HasMetadata::getKind).distinct().sorted().toList();
    }
}
