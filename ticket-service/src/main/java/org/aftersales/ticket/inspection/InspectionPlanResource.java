package org.aftersales.ticket.inspection;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.aftersales.platform.paging.Paging;
import org.aftersales.platform.problem.QueryParameters;
import org.aftersales.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inspection-plans")
@Tag(name = "Inspections", description = "巡检: planned and one-off inspections")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionPlanResource {

    private final InspectionDesk desk;
    private final Caller caller;

    InspectionPlanResource(InspectionDesk desk, Caller caller) {
        this.desk = desk;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "A contract's inspection plan (巡检计划)",
            description = "The contract's schedules and, per device, its warranty start (acceptance, else the "
                    + "contract's first day) and its next visits within the contract's term, with their tickets once "
                    + "generated. Customers and partners see their own organisations' contracts only.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(schema = @Schema(implementation = InspectionPlanView.class)))
    @APIResponse(responseCode = "400", description = "contractId missing or not a UUID, or count out of range")
    @APIResponse(responseCode = "404", description = "No such contract in the caller's organisations")
    public InspectionPlanView plan(
            @Parameter(description = "The contract", required = true)
            @QueryParam("contractId") @NotBlank String contractId,
            @Parameter(description = "How many next visits per device")
            @QueryParam("count") @DefaultValue("4")
            @Pattern(regexp = Paging.WHOLE_NUMBER, message = Paging.NOT_WHOLE_NUMBER) @Min(1) @Max(50) String count) {
        return desk.plan(QueryParameters.uuid("contractId", contractId), Integer.parseInt(count), caller);
    }
}
