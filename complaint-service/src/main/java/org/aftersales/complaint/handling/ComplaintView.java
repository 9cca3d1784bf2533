package org.aftersales.complaint.handling;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A complaint as the API shows it: 《客户投诉登记反馈表》 with how it is being handled. */
public record ComplaintView(UUID id, String recordNumber, String customerOrganisation, ComplainantView complainant,
        ProductView product, String reason, CircumstancesView circumstances, ComplaintChannel channel,
        ComplaintCategory category, Severity severity, boolean regulatorInvolved, boolean urgent,
        ComplaintOrigin origin, ComplaintStatus status, EscalationLevel escalationLevel, int reopenCount,
        String reasonOfLastChange, Instant promisedReplyAt, InvestigationView investigation, SolutionView solution,
        String receivedBy, Instant receivedAt, Instant roundStartedAt, Instant updatedAt, long version) {

    public record ComplainantView(String name, String phone, String email, String otherContact, String occupation,
            String organisation) {
    }

    public record ProductView(String name, String model, String packaging, Integer quantity, String lotNumber,
            String placeOfPurchase, List<UUID> deviceIds, List<UUID> ticketIds) {
    }

    public record CircumstancesView(String purchase, String storage, String use) {
    }

    public record InvestigationView(Department department, String investigator, String findings, String rootCause,
            String rootCauseDetail, QualityProblem qualityProblem, UUID oldPartAssessmentId) {
    }

    public record SolutionView(Remedy remedy, BigDecimal compensationAmount, String description, String approvedBy,
            Instant approvedAt, String preventiveAction, String preventiveOwner, LocalDate preventiveDueOn) {
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
