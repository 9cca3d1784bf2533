package org.aftersales.ticket.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 巡检计划 as the API shows it: a contract's schedules and, per device, its next visits. */
@Schema(name = "InspectionPlan")
public record InspectionPlanView(
        UUID contractId,
        String contractNumber,
        String customerOrganisation,
        LocalDate startsOn,
        LocalDate endsOn,
        List<Schedule> schedules,
        ReportWithin reportWithin,
        List<DevicePlan> devices) {

    /** One schedule of the contract's cadence. */
    @Schema(name = "InspectionSchedule")
    public record Schedule(
            @Schema(examples = "quarterly") String name,
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
            String deviceSerial,
            LocalDate warrantyStart,
            @Schema(description = "ACCEPTANCE: the device's acceptance date; CONTRACT_START: not known, "
                    + "the contract's first day")
            WarrantyStart.Basis warrantyStartFrom,
            List<NextVisit> next) {
    }

    /** A coming visit, with its ticket once generated. */
    @Schema(name = "InspectionNextVisit")
    public record NextVisit(String scheduleName, LocalDate dueOn,
            @Schema(description = "The inspection ticket; null until generated (lead time ahead)") UUID ticketId) {
    }
}
