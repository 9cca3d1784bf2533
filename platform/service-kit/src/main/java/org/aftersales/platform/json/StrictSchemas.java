package org.aftersales.platform.json;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The API documents say what {@link StrictJson} and Bean Validation enforce: request bodies allow no other
 * properties ({@code additionalProperties: false}, through nested objects and arrays), patterns match the whole
 * value as {@code @Pattern} does ({@code ^(?:…)$}; {@code @NotBlank}'s "some character not blank" stays that, over the
 * whole value), and a property that is not required may be {@code null}.
 */
@OpenApiFilter
public class StrictSchemas implements OASFilter {

    private static final String COMPONENTS = "#/components/schemas/";
    /** What SmallRye documents for {@code @NotBlank}: a character that is not blank, somewhere (unanchored). */
    private static final String NOT_BLANK = "\\S";
    /** The same, matching the whole value: any text with a character that is not blank, over several lines too. */
    private static final String NOT_BLANK_WHOLE = "^[\\s\\S]*\\S[\\s\\S]*$";

    @Override
    public Schema filterSchema(Schema schema) {
        String pattern = schema.getPattern();
        if (NOT_BLANK.equals(pattern)) {
            schema.setPattern(NOT_BLANK_WHOLE);
        } else if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        components.values().forEach(StrictSchemas::nullableUnlessRequired);
        Set<String> closed = new HashSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem path : openAPI.getPaths().getPathItems().values()) {
                for (Operation operation : path.getOperations().values()) {
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                            && operation.getRequestBody().getContent().getMediaTypes() != null) {
                        operation.getRequestBody().getContent().getMediaTypes().values().forEach(media ->
                                close(media.getSchema(), components, closed));
                    }
                }
            }
        }
    }

    /** additionalProperties: false on an object schema and every object schema it contains or names. */
    private static void close(Schema schema, Map<String, Schema> components, Set<String> closed) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().startsWith(COMPONENTS) ? schema.getRef().substring(COMPONENTS.length()) : null;
            if (name != null && closed.add(name)) {
                close(components.get(name), components, closed);
            }
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            schema.setAdditionalPropertiesBoolean(false);
            schema.getProperties().values().forEach(property -> close(property, components, closed));
        }
        close(schema.getItems(), components, closed);
        for (List<Schema> parts : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (parts != null) {
                parts.forEach(part -> close(part, components, closed));
            }
        }
    }

    /** A property that is not required may be absent, and absent is written and read as null. */
    private static void nullableUnlessRequired(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : new ArrayList<>(schema.getProperties().entrySet())) {
            if (required.contains(property.getKey())) {
                continue;
            }
            Schema value = property.getValue();
            if (value.getRef() != null) {
                schema.addProperty(property.getKey(), OASFactory.createSchema()
                        .addAnyOf(OASFactory.createSchema().ref(value.getRef()))
                        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            } else if (value.getType() != null && !value.getType().contains(Schema.SchemaType.NULL)) {
                value.addType(Schema.SchemaType.NULL);
            }
        }
    }
}
