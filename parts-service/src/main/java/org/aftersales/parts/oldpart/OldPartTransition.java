package org.aftersales.parts.oldpart;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/part-returns/{id}/transitions}: one step of an old part's way. */
@Schema(name = "OldPartTransition")
public record OldPartTransition(
        @Schema(description = "The step to take", required = true) @NotNull OldPartAction action,
        @Schema(description = "RECEIVE: where it arrived", nullable = true) UUID warehouseId,
        @Schema(description = "TEST: QUALITY_PROBLEM or NOT_QUALITY_PROBLEM", nullable = true) Verdict verdict,
        @Schema(description = "TEST with NOT_QUALITY_PROBLEM, and only then: warranty-service's cause",
                examples = "ENVIRONMENT_OUT_OF_SPEC", nullable = true) Cause cause,
        @Schema(description = "TEST: the tester's reason", examples = "电源输入端有雷击烧蚀痕迹")
        @Size(max = 2000) String reason,
        @Schema(description = "SEND_TO_MANUFACTURER", examples = "RMA-2026-00412") @Size(max = 60) String rmaNumber,
        @Schema(description = "SEND_TO_MANUFACTURER: carrier and waybill", examples = "顺丰 SF1234567890")
        @Size(max = 200) String shipment,
        @Schema(description = "CLOSE_RMA: what the manufacturer did", nullable = true) RmaOutcome outcome,
        @Schema(description = "A note on the step") @Size(max = 1000) String note,
        @Schema(description = "REPAIR_INTO_STOCK of a serial-tracked part, and only of one: the old part's own "
                + "serial number, the unit that goes into stock", examples = "PSU-SN-0098") @Size(max = 100)
        String serialNumber) {

    /** 旧件鉴定 verdict. */
    public enum Verdict { QUALITY_PROBLEM, NOT_QUALITY_PROBLEM }

    /** Why a part failed without a quality problem: the causes of warranty-service's 三包 exclusions. */
    public enum Cause {
        MISUSE, UNAUTHORISED_MODIFICATION_OR_DISASSEMBLY, ENVIRONMENT_OUT_OF_SPEC, ACCIDENT, FORCE_MAJEURE,
        CONSUMABLE, PIRATED_SOFTWARE, VIRUS, DISCLOSED_DEFECT
    }

    /** What the manufacturer did with an RMA. */
    public enum RmaOutcome { REPAIRED, EXCHANGED, CREDITED, REFUSED }

    /** The fields given, by name, to check an action's required ones. */
    Map<String, Object> given() {
        HashMap<String, Object> given = new HashMap<>();
        given.put("warehouseId", warehouseId);
        given.put("verdict", verdict);
        given.put("reason", reason == null || reason.isBlank() ? null : reason);
        given.put("rmaNumber", rmaNumber == null || rmaNumber.isBlank() ? null : rmaNumber);
        given.put("shipment", shipment == null || shipment.isBlank() ? null : shipment);
        given.put("outcome", outcome);
        return given;
    }

    @AssertTrue(message = "a NOT_QUALITY_PROBLEM verdict names its cause, and only that one does")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isCause() {
        return verdict == null ? cause == null : (verdict == Verdict.NOT_QUALITY_PROBLEM) == (cause != null);
    }
}
