package org.aftersales.warranty.history;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.aftersales.platform.security.Caller;
import org.aftersales.warranty.claim.ClaimRecord;
import org.aftersales.warranty.installedbase.Device;
import org.aftersales.warranty.installedbase.InstalledBase;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/devices/{id}/history")
@Tag(name = "Installed base")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceHistoryResource {

    private final InstalledBase installedBase;
    private final Caller caller;

    DeviceHistoryResource(InstalledBase installedBase, Caller caller) {
        this.installedBase = installedBase;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(summary = "A device's repairs, the counts 三包 thresholds use, its inspections, claims and replacement")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = DeviceHistory.class)))
    @APIResponse(responseCode = "404", description = "No such device in the caller's organisations")
    public DeviceHistory history(@PathParam("id") UUID id) {
        Device device = installedBase.find(id, caller);
        List<RepairRecord> records = RepairRecord.ofDevice(device.id);
        List<RepairVisit> visits = records.stream().map(RepairRecord::visit).toList();
        return new DeviceHistory(device.id, device.serialNumber,
                records.stream().map(r -> new DeviceHistory.Repair(r.ticketId, r.component, r.faultCode, r.repairStartedAt,
                        r.repairEndedAt, r.visit().days(r.repairEndedAt, false),
                        r.partsUsed.isEmpty() ? List.of() : Arrays.asList(r.partsUsed.split(",")), r.faultGone,
                        r.resolvedBy, r.stoppedWork, r.partsWaiting, r.visit().delay())).toList(),
                RepairCounts.of(visits), RepairCounts.totalRepairDays(visits),
                InspectionRecord.<InspectionRecord>list("deviceId = ?1 order by inspectedAt", device.id).stream()
                        .map(i -> new DeviceHistory.Inspection(i.ticketId, i.inspectedAt, i.grounding, i.dust,
                                i.operatingState, i.softwareVersion, i.findings, i.inspectedBy))
                        .toList(),
                ClaimRecord.<ClaimRecord>list("deviceId = ?1 order by claimedAt", device.id).stream()
                        .map(c -> new DeviceHistory.Claim(c.id, c.claimedAt, c.component, c.faultCode, c.remedy.name(),
                                c.policyId, c.ruleId))
                        .toList(),
                device.replacedByDeviceId);
    }
}
