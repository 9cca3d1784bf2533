package org.aftersales.warranty.installedbase;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.idempotency.Idempotent;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.platform.security.Organisations;
import org.aftersales.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/devices")
@Tag(name = "Installed base", description = "客户档案: the devices of each customer organisation")
@Produces(MediaType.APPLICATION_JSON)
@Idempotent
public class DeviceResource {

    private final InstalledBase installedBase;
    private final Caller caller;

    DeviceResource(InstalledBase installedBase, Caller caller) {
        this.installedBase = installedBase;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Register a device",
            description = "Partners register devices of the customer organisations under them; vendor staff of any.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the device",
            content = @Content(schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, invalid, missing or unknown fields")
    @APIResponse(responseCode = "409", description = "The serial number is registered already")
    public Response register(@NotNull @Valid NewDevice body, UriInfo uri) {
        Device device = installedBase.register(body, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(device.id.toString()).build())
                .entity(DeviceView.of(device))
                .build();
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({Roles.PARTNER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Import devices from CSV",
            description = "The first line names the columns: serialNumber, model, brand, customerOrganisation (required), "
                    + "lotNumber, quantity, site, invoiceDate, deliveryDate, acceptanceDate (dates as 2024-06-28). "
                    + "Every bad row is reported with its line and reason. mode=ALL_OR_NOTHING (default) stores nothing "
                    + "when a row is bad and answers 422; mode=VALID_ROWS stores the good rows and reports the others.")
    @APIResponse(responseCode = "200", description = "Imported; the report lists the rows left out",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Not a CSV table, unknown columns, or an unknown mode")
    @APIResponse(responseCode = "422", description = "ALL_OR_NOTHING and some rows are bad: nothing was stored; "
            + "each error's field reads line[<line number>].<column>")
    public ImportReport importCsv(
            @Parameter(description = "ALL_OR_NOTHING or VALID_ROWS") @QueryParam("mode") @DefaultValue("ALL_OR_NOTHING")
            String mode,
            String body) {
        ImportMode importMode = parseMode(mode);
        CsvTable table;
        try {
            table = CsvTable.parse(body == null ? "" : body);
        } catch (CsvTable.MalformedCsvException e) {
            throw ProblemException.badRequest("The body is not a CSV table",
                    List.of(new FieldProblem("line[" + e.line() + "]", e.getMessage())));
        }
        ImportReport report = installedBase.importCsv(table, importMode, caller);
        if (importMode == ImportMode.ALL_OR_NOTHING && !report.rejected().isEmpty()) {
            throw new ProblemException(422, "Unprocessable Content",
                    report.rejected().size() + " of " + report.rows() + " rows are bad; nothing was imported",
                    report.rejected().stream()
                            .map(p -> new FieldProblem("line[" + p.line() + "]." + p.field(), p.message()))
                            .toList());
        }
        return report;
    }

    @POST
    @Path("/{id}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record the customer's acceptance (验收)", description = "Once per device; warranty usually runs from it.")
    @APIResponse(responseCode = "200", description = "The accepted device",
            content = @Content(schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid date, or before delivery")
    @APIResponse(responseCode = "404", description = "No such device in the caller's organisations")
    @APIResponse(responseCode = "409", description = "Accepted already")
    public DeviceView accept(@PathParam("id") UUID id, @NotNull @Valid DeviceChanges.Acceptance body) {
        return DeviceView.of(installedBase.accept(id, body, caller));
    }

    @POST
    @Path("/{id}/transfer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Move the device to another customer organisation",
            description = "Partners move devices between the customer organisations under them.")
    @APIResponse(responseCode = "200", description = "The transferred device",
            content = @Content(schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid organisation, or the device's own")
    @APIResponse(responseCode = "404", description = "No such device in the caller's organisations")
    public DeviceView transfer(@PathParam("id") UUID id, @NotNull @Valid DeviceChanges.Transfer body) {
        return DeviceView.of(installedBase.transfer(id, body, caller));
    }

    @POST
    @Path("/{id}/replacement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Exchange the device for a new unit (换新)",
            description = "Registers the new unit with its warranty running from the handover and marks this one replaced.")
    @APIResponse(responseCode = "201", description = "The new unit; Location names it",
            content = @Content(schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such device in the caller's organisations")
    @APIResponse(responseCode = "409", description = "Replaced already, or the new serial number is registered")
    public Response replace(@PathParam("id") UUID id, @NotNull @Valid DeviceChanges.Replacement body, UriInfo uri) {
        Device replacement = installedBase.replace(id, body, caller);
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/devices/{id}").build(replacement.id))
                .entity(DeviceView.of(replacement))
                .build();
    }

    @POST
    @Path("/{id}/part-replacements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.ENGINEER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Record a part replaced on the device (一包)",
            description = "Where the contract rewarrants replaced parts, the component's periods run again from the "
                    + "replacement, in the entitlement and in claims.")
    @APIResponse(responseCode = "200", description = "The device with its part replacements",
            content = @Content(schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, the whole unit, or a day in the future")
    @APIResponse(responseCode = "404", description = "No such device in the caller's organisations")
    @APIResponse(responseCode = "409", description = "The device changed meanwhile")
    public DeviceView partReplaced(@PathParam("id") UUID id, @NotNull @Valid DeviceChanges.PartReplaced body) {
        return DeviceView.of(installedBase.partReplaced(id, body, caller));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A device")
    @APIResponse(responseCode = "200", description = "The device",
            content = @Content(schema = @Schema(implementation = DeviceView.class)))
    @APIResponse(responseCode = "404", description = "No such device in the caller's organisations")
    public DeviceView get(@PathParam("id") UUID id) {
        return DeviceView.of(installedBase.find(id, caller));
    }

    @GET
    @Authenticated
    @Operation(summary = "The devices of the caller's organisations, by serial number")
    @APIResponse(responseCode = "200", description = "A page of devices",
            content = @Content(schema = @Schema(implementation = DevicePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    public DevicePage list(
            @QueryParam("organisation") @Pattern(regexp = Organisations.PATTERN, message = "must be an organisation path")
            String organisation,
            @QueryParam("serialNumber") String serialNumber,
            @QueryParam("page") @DefaultValue("0")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Max(Paging.MAX_PAGE) String page,
            @QueryParam("size") @DefaultValue("50")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER)
            @Min(1) @Max(500) String size) {
        return installedBase.list(organisation, serialNumber, Integer.parseInt(page), Integer.parseInt(size), caller);
    }

    private static ImportMode parseMode(String mode) {
        try {
            return ImportMode.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Unknown import mode",
                    List.of(new FieldProblem("mode", "must be ALL_OR_NOTHING or VALID_ROWS")));
        }
    }
}
