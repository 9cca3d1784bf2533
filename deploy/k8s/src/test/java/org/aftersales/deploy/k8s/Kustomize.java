package org.aftersales.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization: with {@code kubectl kustomize} when a kubectl with kustomize 4 or later is on the PATH,
 * otherwise with {@link #renderHere} — the subset of kustomize these manifests use (resources, namespace, labels,
 * images, configMapGenerator literals, merge-patch files and JSON 6902 patches by kind), so the manifest tests run
 * on a machine without kubectl (Debian 12's is 1.20). The tests render both ways where they can and compare.
 */
final class Kustomize {

    static final ObjectMapper YAML = new YAMLMapper();

    private Kustomize() {
    }

    /** The documents of {@code kubectl kustomize dir}, or empty when there is no usable kubectl. */
    static Optional<List<ObjectNode>> renderWithKubectl(Path dir) {
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(documents(out));
        } catch (IOException e) {
            return Optional.empty(); // no kubectl
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rendering by kubectl when it can, else by {@link #renderHere}. */
    static List<ObjectNode> render(Path dir) {
        return renderWithKubectl(dir).orElseGet(() -> renderHere(dir));
    }

    /** Renders the kustomization in {@code dir} with the subset of kustomize described above. */
    static List<ObjectNode> renderHere(Path dir) {
        ObjectNode kustomization = (ObjectNode) read(dir.resolve("kustomization.yaml")).get(0);
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode resource : kustomization.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            resources.addAll(Files.isDirectory(path) ? renderHere(path) : read(path));
        }
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            ObjectNode configMap = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
            configMap.putObject("metadata").put("name", generator.path("name").asText());
            ObjectNode data = configMap.putObject("data");
            generator.path("literals").forEach(literal -> {
                String[] pair = literal.asText().split("=", 2);
                data.put(pair[0], pair[1]);
            });
            resources.add(configMap);
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.has("path")) {
                for (ObjectNode change : read(dir.resolve(patch.path("path").asText()))) {
                    ObjectNode target = find(resources, change.path("kind").asText(),
                            change.path("metadata").path("name").asText());
                    mergePatch(target, change);
                }
            } else {
                List<JsonNode> operations = list(patch.path("patch").asText());
                resources.stream()
                        .filter(r -> r.path("kind").asText().equals(patch.path("target").path("kind").asText()))
                        .forEach(r -> operations.forEach(operation -> apply(r, operation)));
            }
        }
        kustomization.path("labels").forEach(labels -> resources.forEach(r -> labels.path("pairs").fields()
                .forEachRemaining(pair -> metadata(r).with("labels").set(pair.getKey(), pair.getValue()))));
        if (kustomization.has("namespace")) {
            resources.forEach(r -> metadata(r).put("namespace", kustomization.path("namespace").asText()));
        }
        for (JsonNode image : kustomization.path("images")) {
            resources.forEach(r -> r.findParents("image").forEach(container -> {
                if (container.path("image").asText().equals(image.path("name").asText())) {
                    ((ObjectNode) container).put("image",
                            image.path("newName").asText() + ":" + image.path("newTag").asText());
                }
            }));
        }
        return resources;
    }

    static List<ObjectNode> documents(String yaml) {
        try {
            List<ObjectNode> documents = new ArrayList<>();
            for (JsonNode document : YAML.readerFor(JsonNode.class).readValues(
                    new YAMLFactory().createParser(yaml)).readAll().stream().map(JsonNode.class::cast).toList()) {
                if (document instanceof ObjectNode object && !object.isEmpty()) {
                    documents.add(object);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ObjectNode> read(Path file) {
        try {
            return documents(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> list(String yaml) {
        try {
            List<JsonNode> items = new ArrayList<>();
            YAML.readTree(yaml).forEach(items::add);
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode find(List<ObjectNode> resources, String kind, String name) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .filter(r -> r.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " " + name + " to patch"));
    }

    private static ObjectNode metadata(ObjectNode resource) {
        return resource.with("metadata");
    }

    /** RFC 7386: objects merge member by member, anything else (lists too) is replaced. */
    private static void mergePatch(ObjectNode target, JsonNode patch) {
        for (Map.Entry<String, JsonNode> member : (Iterable<Map.Entry<String, JsonNode>>) patch::fields) {
            JsonNode current = target.get(member.getKey());
            if (member.getValue().isObject() && current instanceof ObjectNode object) {
                mergePatch(object, member.getValue());
            } else if (member.getValue().isNull()) {
                target.remove(member.getKey());
            } else {
                target.set(member.getKey(), member.getValue().deepCopy());
            }
        }
    }

    /** One RFC 6902 operation of the kinds the overlays use: add, replace, remove. */
    private static void apply(ObjectNode resource, JsonNode operation) {
        String[] path = operation.path("path").asText().substring(1).split("/");
        JsonNode parent = resource;
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(path[i])) : parent.get(unescape(path[i]));
        }
        String last = unescape(path[path.length - 1]);
        String op = operation.path("op").asText();
        if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            switch (op) {
                case "replace" -> array.set(index, operation.path("value").deepCopy());
                case "remove" -> array.remove(index);
                default -> array.insert(index, operation.path("value").deepCopy());
            }
        } else if (op.equals("remove")) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, operation.path("value").deepCopy());
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
