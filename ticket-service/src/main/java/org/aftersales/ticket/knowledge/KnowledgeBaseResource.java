package org.aftersales.ticket.knowledge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 知识库: solved problems for the vendor's staff and its service partners; customers have no access. An entry is a
 * draft until a manager publishes it; partners see published entries and their own drafts (ADR 0029).
 */
@Path("/api/v1/knowledge-base")
@Tag(name = "Knowledge base", description = "知识库: symptom, cause, solution, device model")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.AGENT, Roles.ENGINEER, Roles.PARTS_CLERK, Roles.QUALITY, Roles.MANAGER,
        Roles.ADMIN})
@Idempotent
public class KnowledgeBaseResource {

    private static final String ENTRY = "/{id}";

    private final KnowledgeBase knowledgeBase;
    private final Caller caller;

    KnowledgeBaseResource(KnowledgeBase knowledgeBase, Caller caller) {
        this.knowledgeBase = knowledgeBase;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ENGINEER, Roles.AGENT, Roles.MANAGER, Roles.PARTNER})
    @Operation(summary = "Add a knowledge-base entry (知识库条目) as a draft",
            description = "With sourceTicketId of a resolved ticket, the fields left out are taken from it: symptom "
                    + "from its description, cause and solution from its repair report (else the cause of its fault "
                    + "analysis), the device model from the installed base. No customer data is kept: phone numbers, "
                    + "e-mail addresses, serial numbers and the customer's names, departments, sites and organisation "
                    + "are masked ([电话], [邮箱], [序列号], [客户], [现场]). The entry is a DRAFT, seen by vendor staff "
                    + "and the author's organisation, until a manager publishes it.")
    @APIResponse(responseCode = "201", description = "Added; Location names the entry",
            content = @Content(schema = @Schema(implementation = KnowledgeEntryView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid or unknown fields, a missing symptom, "
            + "cause or solution, or an unknown source ticket")
    @APIResponse(responseCode = "409", description = "The source ticket is not resolved")
    public Response create(@NotNull @Valid NewKnowledgeEntry body, UriInfo uri) {
        KnowledgeEntry entry = knowledgeBase.create(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(entry.id.toString()).build())
                .entity(view(entry))
                .build();
    }

    @GET
    @Operation(summary = "Search the knowledge base with Chinese or latin text",
            description = "Partners find the published entries and their own drafts, vendor staff every entry. "
                    + "Matches the entries in use that contain every Chinese character and every word of q "
                    + "(case and punctuation ignored), best first: by how many of q's characters, character pairs "
                    + "and words their symptom has, then newest. Without q, all entries newest first.")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(schema = @Schema(implementation = KnowledgePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid query or paging")
    public KnowledgePage search(
            @Parameter(description = "Only entries of this status (DRAFT: the review queue)")
            @QueryParam("status") @Pattern(regexp = "DRAFT|PUBLISHED", message = "must be DRAFT or PUBLISHED")
            String status,
            @Parameter(description = "The words to look for", example = "监护仪黑屏")
            @QueryParam("q") @Size(max = 500) String q,
            @Parameter(description = "Only entries of this device model (ignoring case)", example = "PM-9000")
            @QueryParam("deviceModel") @Size(max = 100) String deviceModel,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER) @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("20")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER) @Min(1) @Max(100) String size) {
        int pageNumber = Integer.parseInt(page);
        int pageSize = Integer.parseInt(size);
        KnowledgeBase.Found found = knowledgeBase.search(q, deviceModel,
                status == null ? null : EntryStatus.valueOf(status), pageNumber, pageSize, caller);
        return new KnowledgePage(found.entries().stream().map(this::view).toList(), pageNumber, pageSize,
                found.total());
    }

    @GET
    @Path(ENTRY)
    @Operation(summary = "A knowledge-base entry, also when retired")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(schema = @Schema(implementation = KnowledgeEntryView.class)))
    @APIResponse(responseCode = "404", description = "No such entry, or another organisation's draft")
    public KnowledgeEntryView get(@PathParam("id") UUID id) {
        return view(knowledgeBase.find(id, caller));
    }

    @POST
    @Path(ENTRY + "/publication")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Publish a reviewed draft to every partner (发布)",
            description = "A manager of the vendor reviewed the draft (correcting it with PUT first if need be) and "
                    + "publishes it beyond the vendor.")
    @APIResponse(responseCode = "200", description = "The published entry",
            content = @Content(schema = @Schema(implementation = KnowledgeEntryView.class)))
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "409", description = "The entry is published or retired already")
    public KnowledgeEntryView publish(@PathParam("id") UUID id) {
        return view(knowledgeBase.publish(id, caller));
    }

    @PUT
    @Path(ENTRY)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Change what an entry says")
    @APIResponse(responseCode = "200", description = "The changed entry",
            content = @Content(schema = @Schema(implementation = KnowledgeEntryView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "409", description = "The entry is retired")
    public KnowledgeEntryView update(@PathParam("id") UUID id, @NotNull @Valid KnowledgeEntryUpdate body) {
        return view(knowledgeBase.update(id, body, caller));
    }

    @POST
    @Path(ENTRY + "/retirement")
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Retire an entry that no longer helps",
            description = "It stays readable by its id but no longer turns up in searches.")
    @APIResponse(responseCode = "200", description = "The retired entry",
            content = @Content(schema = @Schema(implementation = KnowledgeEntryView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, missing reason or unknown fields")
    @APIResponse(responseCode = "404", description = "No such entry")
    @APIResponse(responseCode = "409", description = "The entry is retired already")
    public KnowledgeEntryView retire(@PathParam("id") UUID id, @NotNull @Valid RetirementRequest body) {
        return view(knowledgeBase.retire(id, body, caller));
    }

    private KnowledgeEntryView view(KnowledgeEntry entry) {
        return KnowledgeEntryView.of(entry, caller.isVendorStaff());
    }
}
