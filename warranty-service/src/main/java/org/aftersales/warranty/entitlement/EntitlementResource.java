package org.aftersales.warranty.entitlement;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.platform.security.Caller;
import org.aftersales.warranty.commitment.Commitment;
import org.aftersales.warranty.commitment.CommitmentCatalogue;
import org.aftersales.warranty.contract.Contract;
import org.aftersales.warranty.contract.ContractDesk;
import org.aftersales.warranty.history.RepairRecord;
import org.aftersales.warranty.installedbase.Device;
import org.aftersales.warranty.installedbase.InstalledBase;
import org.aftersales.warranty.sanbao.Claim;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/devices/{id}/entitlement")
@Tag(name = "Installed base")
@Produces(MediaType.APPLICATION_JSON)
public class EntitlementResource {

    private final InstalledBase installedBase;
    private final CommitmentCatalogue commitments;
    private final Caller caller;

    EntitlementResource(InstalledBase installedBase, CommitmentCatalogue commitments, Caller caller) {
        this.installedBase = installedBase;
        this.commitments = commitments;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "What the device is entitled to on a day",
            description = "Per component: covered or not, the terms that apply (the contract in force and its commitment), "
                    + "start and end dates, every extension applied and why, and the exclusions that would apply.")
    @APIResponse(responseCode = "200", description = "The entitlement",
            content = @Content(schema = @Schema(implementation = Entitlement.class)))
    @APIResponse(responseCode = "400", description = "at is not a date")
    @APIResponse(responseCode = "404", description = "No such device in the caller's organisations")
    public Entitlement entitlement(@PathParam("id") UUID id,
            @Parameter(description = "The day, e.g. 2027-03-01; today (China time) when absent") @QueryParam("at") String at) {
        LocalDate day = day(at);
        Device device = installedBase.find(id, caller);
        Contract contract = ContractDesk.inForce(device.id, day);
        if (contract == null) {
            return Entitlements.withoutContract(device.id, device.serialNumber, day);
        }
        Commitment terms = commitments.publishedTerms(contract.commitmentId, contract.commitmentVersion);
        return Entitlements.of(device.id, device.serialNumber, day,
                new Entitlement.ContractRef(contract.id, contract.number, contract.commitmentId, contract.commitmentVersion),
                new Claim.Dates(device.invoiceDate, Optional.ofNullable(device.deliveryDate),
                        Optional.ofNullable(device.acceptanceDate)),
                device.ownPeriods(), terms.warranty(), terms.extensions(),
                RepairRecord.ofDevice(device.id).stream().map(RepairRecord::visit).toList(), device.replacements());
    }

    private static LocalDate day(String at) {
        if (at == null || at.isBlank()) {
            return LocalDate.now(ZoneId.of("Asia/Shanghai"));
        }
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("at is not a date",
                    List.of(new FieldProblem("at", "must be a date like 2027-03-01")));
        }
    }
}
