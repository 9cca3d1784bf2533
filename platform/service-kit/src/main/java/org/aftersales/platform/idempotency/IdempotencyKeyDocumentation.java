package org.aftersales.platform.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Declares the optional {@code Idempotency-Key} header, and its 409 and 422, on every POST of the API documents. */
@OpenApiFilter
public class IdempotencyKeyDocumentation implements OASFilter {

    @Override
    public PathItem filterPathItem(PathItem path) {
        Operation post = path.getPOST();
        if (post != null && (post.getParameters() == null || post.getParameters().stream()
                .noneMatch(parameter -> IdempotencyKey.HEADER.equals(parameter.getName())))) {
            post.addParameter(OASFactory.createParameter()
                    .name(IdempotencyKey.HEADER)
                    .in(Parameter.In.HEADER)
                    .required(false)
                    .description("IETF httpapi idempotency-key: a retry with the same key and body answers the "
                            + "first result again and changes nothing; keys are kept per caller for 24 hours")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .minLength(1).maxLength(IdempotencyKey.MAXIMUM_LENGTH)));
            if (post.getResponses() != null) {
                if (!post.getResponses().hasAPIResponse("409")) {
                    post.getResponses().addAPIResponse("409", OASFactory.createAPIResponse()
                            .description("A request with the same Idempotency-Key is still being processed"));
                }
                post.getResponses().addAPIResponse("422", OASFactory.createAPIResponse()
                        .description("The Idempotency-Key was used for another request"));
            }
        }
        return path;
    }
}
