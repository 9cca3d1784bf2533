package org.aftersales.warranty.claim;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.platform.problem.FieldProblem;
import org.aftersales.platform.problem.ProblemException;
import org.aftersales.warranty.assessment.OldPartAssessment;
import org.aftersales.warranty.claim.ClaimView.DecisionView;
import org.aftersales.warranty.claim.ClaimView.Facts;
import org.aftersales.warranty.claim.ClaimView.Source;
import org.aftersales.warranty.history.RepairRecord;
import org.aftersales.calendar.ChinaCalendar;
import org.aftersales.warranty.installedbase.Device;
import org.aftersales.warranty.sanbao.Assessment;
import org.aftersales.warranty.sanbao.Claim;
import org.aftersales.warranty.sanbao.Decision;
import org.aftersales.warranty.sanbao.Fault;
import org.aftersales.warranty.sanbao.Policy;
import org.aftersales.warranty.sanbao.Purchase;
import org.aftersales.warranty.sanbao.RepairVisit;
import org.aftersales.warranty.sanbao.Replacement;
import org.aftersales.warranty.sanbao.SanbaoEngine;
import org.aftersales.warranty.sanbao.StatutoryPolicies;
import org.aftersales.warranty.sanbao.Term;
import org.aftersales.warranty.sanbao.TraceEntry;
import org.aftersales.warranty.sanbao.WorkingDayCalendar;

/**
 * Gathers a claim's facts (what the request states, else what the installed base, the repair history and the latest
 * old-part assessment know), runs the 三包 engine with the statutory policies and, through {@link ContractPolicies},
 * the policy of a contract covering the device, and turns the decision into its view.
 */
@ApplicationScoped
public class ClaimDecider {

    /** The trace entry that says which contract took part, or that none did. */
    public static final String CONTRACT_TRACE_RULE = "CONTRACT";

    private static final List<Policy> STATUTORY = StatutoryPolicies.all();
    /** Mainland China's working days (holidays and 调休), for periods whose last day rolls past a holiday. */
    private static final WorkingDayCalendar WORKING_DAYS = ChinaCalendar.instance()::isWorkingDay;
    private static final SanbaoEngine STATUTORY_ENGINE = new SanbaoEngine(STATUTORY, WORKING_DAYS);

    private final ContractPolicies contracts;

    ClaimDecider(ContractPolicies contracts) {
        this.contracts = contracts;
    }

    /** The engine's answer and its view. */
    public record Decided(Facts facts, Decision decision, DecisionView view) {
    }

    /**
     * Decides a claim: gathers its facts (what the request states, else what the installed base, the repair history,
     * the contract in force and the old-part assessment of the claim's ticket know), runs the engine and builds the
     * view. 400 naming each needed fact that is neither stated nor recorded.
     */
    public Decided decide(NewClaim request, Device device) {
        Optional<ContractPolicies.ContractPolicy> contract = contracts.covering(device, request.claimedAt());
        Facts facts = facts(request, device, contract.map(ContractPolicies.ContractPolicy::contractId));
        SanbaoEngine engine = contract.isEmpty() ? STATUTORY_ENGINE : engineWith(contract.get().policy());
        Decision decision = engine.decide(engineClaim(facts));
        List<TraceEntry> trace = new ArrayList<>(decision.trace().size() + 1);
        trace.add(contract.map(c -> contractEntry(c.contractId(), facts.buyerSource() == Source.CONTRACT))
                .orElse(new TraceEntry(CONTRACT_TRACE_RULE, "", false, "无合同覆盖该设备：本判定仅依据法定三包规定",
                        "no contract covers the device at the claim: this decision follows the statutory 三包 rules only")));
        trace.addAll(decision.trace());
        return new Decided(facts, decision, view(decision, trace));
    }

    private static TraceEntry contractEntry(String contractId, boolean businessByContract) {
        return new TraceEntry(CONTRACT_TRACE_RULE, contractId, true,
                "设备在申请时由合同 " + contractId + " 覆盖：其服务承诺与法定三包规定一并判定，取对客户更有利者；买方"
                        + (businessByContract ? "按合同视为经营者（产品质量法第40条第4款）" : "依申请所述"),
                "contract " + contractId + " covers the device at the claim: its commitment is decided with the "
                        + "statutory 三包 rules and the more favourable outcome wins; the buyer is "
                        + (businessByContract ? "a business under the contract (Product Quality Law §40 ¶4)"
                                : "as the claim states"));
    }

    /** The one place a claim's facts are assembled. */
    private static Facts facts(NewClaim request, Device device, Optional<String> contractId) {
        List<FieldProblem> missing = new ArrayList<>();
        String component = request.component() == null ? Claim.WHOLE_UNIT : request.component();
        NewClaim.DocumentDates dates = request.dates() == null ? new NewClaim.DocumentDates(null, null, null)
                : request.dates();
        Claim.Evidence evidence = request.evidence() == null ? Claim.Evidence.INVOICE_AND_VOUCHER : request.evidence();
        LocalDate invoice = dates.invoice() != null ? dates.invoice() : device.invoiceDate;
        if (invoice == null && evidence == Claim.Evidence.MANUFACTURE_DATE && request.manufactureDate() != null) {
            // nothing but the manufacture date: the earliest the product can have been sold
            invoice = request.manufactureDate();
        }
        if (invoice == null) {
            missing.add(new FieldProblem("dates.invoice", "is required: the device record has no invoice date"));
        }
        String product = request.productCategory() != null ? request.productCategory() : device.productCategory;
        if (product == null) {
            missing.add(new FieldProblem("productCategory", "is required: the device record has no product category"));
        }
        BigDecimal price = request.price() != null ? request.price() : device.price;
        if (price == null) {
            missing.add(new FieldProblem("price", "is required: the device record has no price"));
        }
        missing.addAll(inconsistencies(request, component));
        if (!missing.isEmpty()) {
            throw ProblemException.badRequest("The request has invalid fields", missing);
        }
        NewClaim.PurchaseFacts purchase = request.purchase() == null ? new NewClaim.PurchaseFacts(null, null, null, null)
                : request.purchase();
        Purchase.Buyer buyer = purchase.buyer() != null ? purchase.buyer()
                : contractId.isPresent() ? Purchase.Buyer.BUSINESS : Purchase.Buyer.CONSUMER;
        Source buyerSource = purchase.buyer() != null ? Source.REQUEST
                : contractId.isPresent() ? Source.CONTRACT : Source.DEFAULT;

        List<ClaimView.Repair> repairs = request.repairs() == null ? history(device) : request.repairs().stream()
                .map(r -> new ClaimView.Repair(r.component() == null ? component : r.component(), r.startedAt(),
                        r.endedAt(), r.faultCode().strip(), Boolean.TRUE.equals(r.resolved()),
                        Boolean.TRUE.equals(r.stoppedWork()), r.partsWaitingDays() == null ? 0 : r.partsWaitingDays(),
                        r.delay() == null ? RepairVisit.Delay.NONE : r.delay(),
                        r.nonCounting() == null ? List.of() : List.copyOf(r.nonCounting())))
                .sorted(Comparator.comparing(ClaimView.Repair::startedAt))
                .toList();

        String faultCode = request.fault().code().strip();
        Optional<OldPartAssessment> recorded = request.assessment() != null ? Optional.empty()
                : OldPartAssessment.forClaim(device.id, component, faultCode, request.ticketId());
        NewClaim.AssessmentFacts assessment = request.assessment() != null ? request.assessment()
                : recorded.map(a -> new NewClaim.AssessmentFacts(a.verdict, a.cause, a.reason))
                        .orElse(new NewClaim.AssessmentFacts(Assessment.Verdict.NOT_ASSESSED, null, ""));

        return new Facts(product, request.productCategory() != null ? Source.REQUEST : Source.INSTALLED_BASE, component,
                price, request.usageCoefficient(), buyer, buyerSource,
                Boolean.TRUE.equals(purchase.distanceSale()),
                returnExclusion(purchase.returnExclusion()).filter(Purchase.ReturnExclusion::excludes).isPresent(),
                purchase.returnExclusion(),
                !Boolean.FALSE.equals(purchase.goodsIntact()), contractId.orElse(null),
                invoice, dates.delivery() != null ? dates.delivery() : device.deliveryDate,
                dates.acceptance() != null ? dates.acceptance() : device.acceptanceDate,
                request.dates() == null ? Source.INSTALLED_BASE : Source.REQUEST,
                request.claimedAt(), request.odometerKm() == null ? 0 : request.odometerKm(), request.ticketId(),
                faultCode,
                request.fault().traits() == null ? List.of() : request.fault().traits().stream().sorted().toList(),
                repairs, request.repairs() == null ? Source.INSTALLED_BASE : Source.REQUEST,
                request.replacements() != null ? request.replacements().stream()
                        .map(r -> new ClaimView.Replacement(r.date(), r.component().strip(), r.system(),
                                !Boolean.FALSE.equals(r.qualityProblem()))).toList()
                        : device.replacements().stream().map(r -> new ClaimView.Replacement(r.date(), r.component(),
                                r.system().orElse(null), r.qualityProblem())).toList(),
                assessment.verdict(), assessment.cause(),
                assessment.reason() == null ? "" : assessment.reason().strip(),
                request.assessment() != null ? Source.REQUEST
                        : recorded.isPresent() ? Source.OLD_PART_ASSESSMENT : Source.DEFAULT,
                recorded.map(a -> a.id).orElse(null), request.sameModelInStock(), request.agreedExchangeDate(),
                request.notLowerConfigurationInStock(), request.accessory(), Boolean.TRUE.equals(request.largeItem()),
                evidence, request.manufactureDate(), Boolean.TRUE.equals(request.remoteConsultationFailed()),
                request.fees());
    }

    /** The facts that contradict each other or the claim, each naming its field. */
    private static List<FieldProblem> inconsistencies(NewClaim request, String component) {
        List<FieldProblem> problems = new ArrayList<>();
        Claim.Evidence evidence = request.evidence() == null ? Claim.Evidence.INVOICE_AND_VOUCHER : request.evidence();
        LocalDate claimDate = LocalDate.ofInstant(request.claimedAt(), Claim.CHINA_TIME);
        if (evidence == Claim.Evidence.MANUFACTURE_DATE && request.manufactureDate() == null) {
            problems.add(new FieldProblem("manufactureDate", "is required with evidence MANUFACTURE_DATE"));
        } else if (evidence != Claim.Evidence.MANUFACTURE_DATE && request.manufactureDate() != null) {
            problems.add(new FieldProblem("manufactureDate", "goes with evidence MANUFACTURE_DATE only"));
        } else if (request.manufactureDate() != null && request.manufactureDate().isAfter(claimDate)) {
            problems.add(new FieldProblem("manufactureDate", "must not be after the claim"));
        }
        if (request.accessory() != null) {
            if (component.equals(Claim.WHOLE_UNIT)) {
                problems.add(new FieldProblem("component", "must name the accessory the accessory facts describe"));
            }
            if (Boolean.TRUE.equals(request.accessory().soldWithProduct()) && request.accessory().standAlonePrice() == null) {
                problems.add(new FieldProblem("accessory.standAlonePrice", "is required for an accessory sold with the product"));
            } else if (Boolean.FALSE.equals(request.accessory().soldWithProduct()) && request.accessory().standAlonePrice() != null) {
                problems.add(new FieldProblem("accessory.standAlonePrice",
                        "goes with an accessory sold with the product only: one sold on its own is refunded at price"));
            }
        }
        NewClaim.ReturnExclusionFacts exclusion = request.purchase() == null ? null : request.purchase().returnExclusion();
        if (exclusion != null && exclusion.kind() != null) {
            if (exclusion.unsealed() != null && exclusion.kind() != Purchase.ReturnExclusion.Kind.DIGITAL) {
                problems.add(new FieldProblem("purchase.returnExclusion.unsealed", "goes with kind DIGITAL only"));
            }
            if (exclusion.confirmedAtPurchase() != null && exclusion.kind() != Purchase.ReturnExclusion.Kind.UNSUITABLE_BY_NATURE) {
                problems.add(new FieldProblem("purchase.returnExclusion.confirmedAtPurchase",
                        "goes with kind UNSUITABLE_BY_NATURE only"));
            }
        }
        List<NewClaim.RepairFacts> repairs = request.repairs() == null ? List.of() : request.repairs();
        for (int i = 0; i < repairs.size(); i++) {
            NewClaim.RepairFacts r = repairs.get(i);
            List<NewClaim.NonCountingFacts> intervals = r.nonCounting() == null ? List.of() : r.nonCounting();
            Instant end = r.endedAt() != null ? r.endedAt() : request.claimedAt();
            for (int j = 0; j < intervals.size(); j++) {
                NewClaim.NonCountingFacts n = intervals.get(j);
                String field = "repairs[" + i + "].nonCounting[" + j + "]";
                if (n.from() == null || n.to() == null || r.startedAt() == null) {
                    continue;
                }
                if (!n.to().isAfter(n.from())) {
                    problems.add(new FieldProblem(field + ".to", "must be after from"));
                } else if (n.from().isBefore(r.startedAt()) || n.to().isAfter(end)) {
                    problems.add(new FieldProblem(field, "must lie within the repair, from startedAt to endedAt (or the claim)"));
                }
            }
        }
        return problems;
    }

    private static Optional<Purchase.ReturnExclusion> returnExclusion(NewClaim.ReturnExclusionFacts facts) {
        return Optional.ofNullable(facts).map(e -> new Purchase.ReturnExclusion(e.kind(), Boolean.TRUE.equals(e.unsealed()),
                Boolean.TRUE.equals(e.confirmedAtPurchase())));
    }

    /** The trace line of the rule that gave the decision: why, in Chinese and English. */
    public static TraceEntry reason(Decision decision) {
        return decision.trace().stream()
                .filter(t -> t.fired() && t.ruleId().equals(decision.ruleId()) && t.policyId().equals(decision.policyId()))
                .reduce((first, second) -> second)
                .orElse(new TraceEntry(decision.ruleId(), decision.policyId(), true, decision.remedy().zh(), decision.remedy().en()));
    }

    static Claim engineClaim(Facts f) {
        return new Claim(f.product(), f.component(), f.price(), Optional.ofNullable(f.usageCoefficient()),
                new Purchase(f.buyer(), f.distanceSale(), returnExclusion(f.returnExclusion()), f.goodsIntact(),
                        Optional.ofNullable(f.contractId())),
                new Claim.Dates(f.invoiceDate(), Optional.ofNullable(f.deliveryDate()), Optional.ofNullable(f.acceptanceDate())),
                f.claimedAt(), f.odometerKm(), new Fault(f.faultCode(), Set.copyOf(f.faultTraits())),
                f.repairs().stream().map(ClaimView.Repair::visit).toList(),
                f.replacements().stream().map(r -> new Replacement(r.date(), r.component(), Optional.ofNullable(r.system()),
                        !Boolean.FALSE.equals(r.qualityProblem()))).toList(),
                switch (f.assessmentVerdict()) {
                    case QUALITY_PROBLEM -> Assessment.qualityProblem(f.assessmentReason());
                    case NOT_QUALITY_PROBLEM -> Assessment.notQualityProblem(f.assessmentCause(), f.assessmentReason());
                    case NO_FAULT_FOUND -> Assessment.noFaultFound(f.assessmentReason());
                    case NOT_ASSESSED -> Assessment.notAssessed();
                },
                Optional.ofNullable(f.sameModelInStock()),
                new Claim.Circumstances(
                        Optional.ofNullable(f.accessory()).map(a -> new Claim.Accessory(Boolean.TRUE.equals(a.soldWithProduct()),
                                Optional.ofNullable(a.standAlonePrice()))),
                        f.largeItem(), f.evidence() == null ? Claim.Evidence.INVOICE_AND_VOUCHER : f.evidence(),
                        Optional.ofNullable(f.manufactureDate()), Optional.ofNullable(f.agreedExchangeDate()),
                        Optional.ofNullable(f.notLowerConfigurationInStock()), f.remoteConsultationFailed(),
                        f.fees() == null ? Claim.Fees.NONE : new Claim.Fees(zeroIfNull(f.fees().registration()),
                                zeroIfNull(f.fees().addOns()), zeroIfNull(f.fees().services()))));
    }

    private static BigDecimal zeroIfNull(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static DecisionView view(Decision d, List<TraceEntry> trace) {
        return new DecisionView(d.remedy(), d.remedy().zh(), d.remedy().en(), d.options().stream().sorted().toList(),
                new ClaimView.Payers(d.costs().parts(), d.costs().labour(), d.costs().travel()),
                d.refund().map(r -> new ClaimView.RefundView(r.price(), r.basis(), r.rate(), r.units(), r.deduction(), r.amount()))
                        .orElse(null),
                d.loaner().map(l -> new ClaimView.LoanerView(l.from(), l.days())).orElse(null),
                d.policyId(), d.ruleId(),
                d.periods().stream().map(p -> new ClaimView.Period(p.policyId(), p.kind(), p.coverage(), p.start(), p.lastDay(),
                        p.kmLimit() == Term.NO_KM_LIMIT ? null : p.kmLimit())).toList(),
                trace.stream().map(t -> new ClaimView.Trace(t.ruleId(), t.policyId(), t.fired(), t.zh(), t.en())).toList(),
                d.exchangeBy().orElse(null),
                d.assistance().map(a -> new ClaimView.AssistanceView(a.kind(), a.payer())).orElse(null),
                d.fees().map(f -> new ClaimView.FeesView(f.registration(), f.addOns(), f.addOnDeduction(), f.services(), f.total()))
                        .orElse(null),
                d.deadlines().map(x -> new ClaimView.DeadlinesView(x.requested(), x.answerBy(), x.completeBy())).orElse(null));
    }

    /** The device's repairs from resolved tickets, oldest first. */
    private static List<ClaimView.Repair> history(Device device) {
        return RepairRecord.ofDevice(device.id).stream().map(r -> ClaimView.Repair.of(r.visit())).toList();
    }

    private static SanbaoEngine engineWith(Policy contract) {
        List<Policy> policies = new ArrayList<>(STATUTORY);
        policies.add(contract);
        return new SanbaoEngine(policies, WORKING_DAYS);
    }
}
