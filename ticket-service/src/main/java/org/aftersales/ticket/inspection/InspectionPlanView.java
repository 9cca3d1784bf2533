package org.aftersales.ticket.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 巡检计划 as the API shows it: a contract's schedules and, per device, its next visits. */
@Schema(name = "InspectionPlan")
public record InspectionPlanView(
        @Schema(description = "The contract", required = true) UUID contractId,
        @Schema(description = "The contract's number, e.g. HT-2026-001; null when it has none") String contractNumber,
        @Schema(description = "The customer organisation of the contract") String customerOrganisation,
        @Schema(description = "The contract's first day; null when not known", nullable = true) LocalDate startsOn,
        @Schema(description = "The contract's last day; null when open-ended", nullable = true) LocalDate endsOn,
        @Schema(description = "The schedules of the contract's inspection cadence") List<Schedule> schedules,
        @Schema(description = "How soon after a visit the inspection report is owed", required = true)
        ReportWithin reportWithin,
        @Schema(description = "Per device under the contract: its next visits") List<DevicePlan> devices) {

    /** One schedule of the contract's cadence. */
    @Schema(name = "InspectionSchedule")
    public record Schedule(
            @Schema(description = "The schedule's name in the contract", examples = "quarterly") String name,
            @Schema(description = "Months between visits; null for calendar months") Integer everyMonths,
            @Schema(description = "Calendar months of the visits, 1–12", examples = "[3, 6, 9, 12]")
            List<Integer> months,
            @Schema(description = "The day of those months; null for everyMonths", examples = "15") Integer day,
            @Schema(description = "From when after the warranty start", examples = "P0D") String from,
            @Schema(description = "Until when after the warranty start; null when open", examples = "P1Y")
            String until) {

        static Schedule of(Cadence cadence) {
            return new Schedule(cadence.name(), cadence.everyMonths().orElse(null), cadence.months(),
                    cadence.months().isEmpty() ? null : cadence.day(), cadence.from().toString(),
                    cadence.until().map(Object::toString).orElse(null));
        }
    }

    /** One device's plan: where its cadence counts from and its next visits. */
    @Schema(name = "InspectionDevicePlan")
    public record DevicePlan(
            @Schema(description = "Serial number of the device") String deviceSerial,
            @Schema(description = "The day its cadence counts from", required = true) LocalDate warrantyStart,
            @Schema(description = "ACCEPTANCE: the device's acceptance date; CONTRACT_START: not known, "
                    + "the contract's first day", required = true)
            WarrantyStart.Basis warrantyStartFrom,
            @Schema(description = "Its next visits, soonest first") List<NextVisit> next) {
    }

    /** A coming visit, with its ticket once generated. */
    @Schema(name = "InspectionNextVisit")
    public record NextVisit(
            @Schema(description = "The schedule that plans it") String scheduleName,
            @Schema(description = "The day it is due", required = true) LocalDate dueOn,
            @Schema(description = "The inspection ticket; null until generated (lead time ahead)", nullable = true)
            UUID ticketId) {
    }
}
