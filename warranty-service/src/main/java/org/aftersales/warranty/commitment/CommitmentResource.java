package org.aftersales.warranty.commitment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Service commitments", description = "服务承诺: the after-sales promises of a contract, versioned")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@APIResponse(responseCode = "403", description = "Only managers and admins manage commitments")
@Idempotent
public class CommitmentResource {

    private static final List<String> YAML = List.of("application/yaml", "application/x-yaml", "text/yaml");

    private final CommitmentCatalogue catalogue;
    private final Caller caller;
    private final CommitmentTemplates templates = CommitmentTemplates.load();

    CommitmentResource(CommitmentCatalogue catalogue, Caller caller) {
        this.catalogue = catalogue;
        this.caller = caller;
    }

    @GET
    @Path("/commitment-templates")
    @Operation(summary = "Ready commitments taken from the seeds, to start a contract's terms from")
    @APIResponse(responseCode = "200", description = "The templates")
    public List<CommitmentViews.Template> templates() {
        return templates.all().stream()
                .map(template -> new CommitmentViews.Template(template.id(), template.title(),
                        catalogue.tree(CommitmentTemplates.text(template.id()))))
                .toList();
    }

    @POST
    @Path("/commitments")
    @Consumes({MediaType.APPLICATION_JSON, "application/yaml", "application/x-yaml", "text/yaml"})
    @Operation(summary = "Create a commitment: its version 1, as a draft",
            description = "JSON, or YAML with a YAML content type. Every problem is reported by its path.")
    @APIResponse(responseCode = "201", description = "Draft version 1",
            content = @Content(schema = @Schema(implementation = CommitmentViews.Version.class)))
    @APIResponse(responseCode = "400", description = "The document's problems, each by path")
    @APIResponse(responseCode = "409", description = "A commitment with this id exists")
    public Response create(String body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, UriInfo uri) {
        StoredCommitmentVersion created = catalogue.create(text(body), isYaml(contentType), caller.username());
        return Response.created(uri.getBaseUriBuilder()
                        .path("/api/v1/commitments/{id}/versions/{version}").build(created.commitmentId, created.version))
                .entity(view(created))
                .build();
    }

    @GET
    @Path("/commitments/{id}")
    @Operation(summary = "A commitment's versions and the one in force")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(schema = @Schema(implementation = CommitmentViews.Versions.class)))
    @APIResponse(responseCode = "404", description = "No such commitment")
    public CommitmentViews.Versions versions(@PathParam("id") String id) {
        List<StoredCommitmentVersion> versions = catalogue.versions(id);
        return new CommitmentViews.Versions(id,
                versions.stream().map(v -> new CommitmentViews.Summary(v.version, v.status, v.createdAt, v.publishedAt))
                        .toList(),
                versions.stream().filter(v -> v.status == CommitmentStatus.PUBLISHED).map(v -> v.version)
                        .reduce((first, second) -> second).orElse(null));
    }

    @GET
    @Path("/commitments/{id}/versions/{version}")
    @Operation(summary = "One version of a commitment with its document")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = CommitmentViews.Version.class)))
    @APIResponse(responseCode = "404", description = "No such version")
    public CommitmentViews.Version version(@PathParam("id") String id, @PathParam("version") int version) {
        return view(catalogue.stored(id, version));
    }

    @PUT
    @Path("/commitments/{id}/versions/{version}")
    @Consumes({MediaType.APPLICATION_JSON, "application/yaml", "application/x-yaml", "text/yaml"})
    @Operation(summary = "Replace the document of a draft version")
    @APIResponse(responseCode = "200", description = "The edited draft",
            content = @Content(schema = @Schema(implementation = CommitmentViews.Version.class)))
    @APIResponse(responseCode = "400", description = "The document's problems, each by path")
    @APIResponse(responseCode = "409", description = "The version is published and never changes, or the id differs")
    public CommitmentViews.Version edit(@PathParam("id") String id, @PathParam("version") int version, String body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        return view(catalogue.edit(id, version, text(body), isYaml(contentType), caller.username()));
    }

    @POST
    @Path("/commitments/{id}/versions/{version}/publish")
    @Operation(summary = "Publish a draft: from then on it never changes")
    @APIResponse(responseCode = "200", description = "The published version",
            content = @Content(schema = @Schema(implementation = CommitmentViews.Version.class)))
    @APIResponse(responseCode = "409", description = "The version is published already")
    public CommitmentViews.Version publish(@PathParam("id") String id, @PathParam("version") int version) {
        return view(catalogue.publish(id, version));
    }

    @POST
    @Path("/commitments/{id}/revisions")
    @Operation(summary = "New terms: the next version, a draft copied from the latest published one")
    @APIResponse(responseCode = "201", description = "The new draft",
            content = @Content(schema = @Schema(implementation = CommitmentViews.Version.class)))
    @APIResponse(responseCode = "409", description = "The latest version is still a draft")
    public Response revise(@PathParam("id") String id, UriInfo uri) {
        StoredCommitmentVersion draft = catalogue.revise(id, caller.username());
        return Response.created(uri.getBaseUriBuilder()
                        .path("/api/v1/commitments/{id}/versions/{version}").build(draft.commitmentId, draft.version))
                .entity(view(draft))
                .build();
    }

    private CommitmentViews.Version view(StoredCommitmentVersion v) {
        return new CommitmentViews.Version(v.commitmentId, v.version, v.status, v.createdAt, v.createdBy, v.publishedAt,
                catalogue.tree(v.document));
    }

    private static boolean isYaml(String contentType) {
        return contentType != null && YAML.stream().anyMatch(contentType.toLowerCase()::startsWith);
    }

    private static String text(String body) {
        return body == null ? "" : body;
    }
}
