package org.aftersales.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The services' OpenAPI documents: the one each service's build stores ({@code target/openapi/openapi.yaml}, from
 * {@code quarkus.smallrye-openapi.store-schema-directory}) and the committed copy the clients are generated from
 * ({@code src/main/openapi/openapi.yaml}).
 */
final class OpenApiDocuments {

    /** Rewrites the committed documents from the built ones. */
    static final String REFRESH = "./mvnw -B -q -pl clients -am verify -Dopenapi.regenerate"
            + " -Dtest=OpenApiDocumentsTest -Dsurefire.failIfNoSpecifiedTests=false";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiDocuments() {
    }

    /** The repository: {@code aftersales.repository} from the build, else the parent of the working directory. */
    static Path repository() {
        String configured = System.getProperty("aftersales.repository");
        return (configured != null ? Path.of(configured) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** Every {@code *-service} directory of the repository, by name. */
    static List<String> services() {
        try (Stream<Path> dirs = Files.list(repository())) {
            return dirs.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> name.endsWith("-service"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path committed(String service) {
        return repository().resolve(service).resolve("src/main/openapi/openapi.yaml");
    }

    static Path built(String service) {
        return repository().resolve(service).resolve("target/openapi/openapi.yaml");
    }

    static JsonNode read(Path document) {
        try {
            return parse(Files.readString(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every plain scalar read as text: the lint looks at names and descriptions, and YAML 1.1's implicit types would
     * take an example time such as 13:45:30.123456789 for a base-60 number, which Jackson's YAML parser then refuses.
     */
    static JsonNode parse(String yaml) {
        LoaderOptions loading = new LoaderOptions();
        DumperOptions dumping = new DumperOptions();
        Resolver scalarsAsText = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        Object tree = new Yaml(new SafeConstructor(loading), new Representer(dumping), dumping, loading, scalarsAsText)
                .load(yaml);
        return JSON.valueToTree(tree);
    }
}
