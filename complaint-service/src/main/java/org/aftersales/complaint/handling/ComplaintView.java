package org.aftersales.complaint.handling;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A complaint as the API shows it: 《客户投诉登记反馈表》 with how it is being handled. */
public record ComplaintView(
        @Schema(description = "The complaint (投诉)", required = true) UUID id,
        @Schema(description = "记录备案编号", examples = "TS-2026-000123") String recordNumber,
        @Schema(description = "The customer organisation complained for; null for a walk-in complainant")
        String customerOrganisation,
        @Schema(description = "投诉人: who complains and how to reach them", required = true)
        ComplainantView complainant,
        @Schema(description = "被投诉产品: the product complained about; its fields are null when not given",
                required = true) ProductView product,
        @Schema(description = "投诉原因: what the complaint is about, in the complainant's words") String reason,
        @Schema(description = "投诉原因详情: how it was bought, stored and used; its fields are null when not given",
                required = true) CircumstancesView circumstances,
        @Schema(description = "How the complaint came in; REGULATOR makes it SERIOUS", required = true)
        ComplaintChannel channel,
        @Schema(description = "What the complaint is about, e.g. PRODUCT_QUALITY (产品质量)", required = true)
        ComplaintCategory category,
        @Schema(description = "一般 (GENERAL) or 严重 (SERIOUS): a serious complaint goes to the quality department"
                + " and a manager at once", required = true) Severity severity,
        @Schema(description = "Whether a regulator (国家有关部门) is involved") boolean regulatorInvolved,
        @Schema(description = "A special case (特殊情况) flagged by a manager: its decision is due within the urgent"
                + " target") boolean urgent,
        @Schema(description = "What raised it: a person registering it, a rejected ticket, a low survey score or a"
                + " return visit", required = true) ComplaintOrigin origin,
        @Schema(description = "Where the complaint stands in its handling", required = true) ComplaintStatus status,
        @Schema(description = "Who answers for it (升级): agent, quality, after-sales manager or general manager",
                required = true) EscalationLevel escalationLevel,
        @Schema(description = "How often the complainant rejected a solution") int reopenCount,
        @Schema(description = "The reason of the latest change that has one; null before any") String reasonOfLastChange,
        @Schema(description = "The reply time promised on first contact (ISO-8601, UTC); null before contact",
                nullable = true) Instant promisedReplyAt,
        @Schema(description = "The investigation; null until a department is named", nullable = true)
        InvestigationView investigation,
        @Schema(description = "The determined solution; null until determined", nullable = true) SolutionView solution,
        @Schema(description = "Who registered it; for one raised by an event, who caused the event")
        String receivedBy,
        @Schema(description = "When it was received (ISO-8601, UTC)", required = true) Instant receivedAt,
        @Schema(description = "When the current round of handling began (ISO-8601, UTC): the receipt, or the latest"
                + " reopening; deadlines count from it", required = true) Instant roundStartedAt,
        @Schema(description = "When it last changed (ISO-8601, UTC)", required = true) Instant updatedAt,
        @Schema(description = "The complaint's version, also its ETag: send it as If-Match to change it")
        long version) {

    public record ComplainantView(
            @Schema(description = "The complainant's name") String name,
            @Schema(description = "The complainant's phone number; null when not given") String phone,
            @Schema(description = "The complainant's email address; null when not given") String email,
            @Schema(description = "Any other contact method given (WeChat, address…); null when none") String otherContact,
            @Schema(description = "The complainant's occupation (职业); null when not given") String occupation,
            @Schema(description = "The complainant's organisation (单位); null when not given") String organisation) {
    }

    public record ProductView(
            @Schema(description = "The product's name") String name,
            @Schema(description = "The product's model") String model,
            @Schema(description = "包装形式: how it is packaged") String packaging,
            @Schema(description = "投诉量: how many units are complained about") Integer quantity,
            @Schema(description = "生产批号: the production lot") String lotNumber,
            @Schema(description = "Where it was bought") String placeOfPurchase,
            @Schema(description = "The devices of the installed base it concerns") List<UUID> deviceIds,
            @Schema(description = "The tickets it concerns") List<UUID> ticketIds) {
    }

    public record CircumstancesView(
            @Schema(description = "How it was bought") String purchase,
            @Schema(description = "How it was stored") String storage,
            @Schema(description = "How it was used") String use) {
    }

    public record InvestigationView(
            @Schema(description = "The department investigating", required = true) Department department,
            @Schema(description = "The person investigating") String investigator,
            @Schema(description = "What the investigation found; null until determined") String findings,
            @Schema(description = "The root cause's code (GET /api/v1/complaints/root-causes); null until determined")
            String rootCause,
            @Schema(description = "The root cause in words; null when not given") String rootCauseDetail,
            @Schema(description = "质量问题界定: YES, NO or UNDETERMINED; null until determined", nullable = true)
            QualityProblem qualityProblem,
            @Schema(description = "warranty-service's old-part assessment (旧件鉴定) the determination relies on; null"
                    + " when none", nullable = true) UUID oldPartAssessmentId) {
    }

    public record SolutionView(
            @Schema(description = "What the solution gives the complainant", required = true) Remedy remedy,
            @Schema(description = "The amount, for COMPENSATION; null otherwise") BigDecimal compensationAmount,
            @Schema(description = "The solution in words") String description,
            @Schema(description = "The manager who approved it; null until approved") String approvedBy,
            @Schema(description = "When it was approved (ISO-8601, UTC); null until approved", nullable = true)
            Instant approvedAt,
            @Schema(description = "改善措施: what prevents a repeat; null when none")
            String preventiveAction,
            @Schema(description = "Who carries out the preventive action; null when none") String preventiveOwner,
            @Schema(description = "When the preventive action is due; null when none", nullable = true)
            LocalDate preventiveDueOn) {
    }

    public static ComplaintView of(Complaint c) {
        return new ComplaintView(c.id, c.recordNumber, c.customerOrganisation,
                new ComplainantView(c.complainantName, c.complainantPhone, c.complainantEmail, c.complainantOther,
                        c.complainantOccupation, c.complainantOrganisation),
                new ProductView(c.productName, c.productModel, c.productPackaging, c.productQuantity, c.lotNumber,
                        c.placeOfPurchase, List.copyOf(c.deviceIds), List.copyOf(c.ticketIds)),
                c.reason, new CircumstancesView(c.circumstancesPurchase, c.circumstancesStorage, c.circumstancesUse),
                c.channel, c.category, c.severity, c.regulatorInvolved, c.urgent, c.origin, c.status,
                c.escalationLevel, c.reopenCount, c.reasonOfLastChange, c.promisedReplyAt,
                c.department == null ? null : new InvestigationView(c.department, c.investigator, c.findings,
                        c.rootCause, c.rootCauseDetail, c.qualityProblem, c.oldPartAssessmentId),
                c.remedy == null ? null : new SolutionView(c.remedy, c.compensationAmount, c.solution, c.approvedBy,
                        c.approvedAt, c.preventiveAction, c.preventiveOwner, c.preventiveDueOn),
                c.receivedBy, c.receivedAt, c.roundStartedAt, c.updatedAt, c.version);
    }
}
