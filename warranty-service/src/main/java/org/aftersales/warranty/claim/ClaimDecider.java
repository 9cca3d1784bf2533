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

    /** The facts of a claim made through the API; 400 naming the field when a needed fact is neither stated nor recorded. */
    public Facts facts(NewClaim request, Device device) {
        String component = request.component() == null ? Claim.WHOLE_UNIT : request.component();
        NewClaim.DocumentDates dates = request.dates() == null ? new NewClaim.DocumentDates(null, null, null) : request.dates();
        LocalDate invoice = dates.invoice() != null ? dates.invoice() : device.invoiceDate;
        if (invoice == null) {
            throw ProblemException.badRequest("The request has invalid fields", List.of(new FieldProblem("dates.invoice",
                    "is required: the device record has no invoice date")));
        }
        NewClaim.PurchaseFacts purchase = request.purchase() == null ? new NewClaim.PurchaseFacts(null, null, null, null)
                : request.purchase();

        List<ClaimView.Repair> repairs;
        Source repairsSource;
        if (request.repairs() != null) {
            repairs = request.repairs().stream()
                    .map(r -> new ClaimView.Repair(r.startedAt(), r.endedAt(), r.faultCode().strip(), Boolean.TRUE.equals(r.resolved()),
                            Boolean.TRUE.equals(r.stoppedWork()), r.partsWaitingDays() == null ? 0 : r.partsWaitingDays(),
                            r.delay() == null ? RepairVisit.Delay.NONE : r.delay()))
                    .sorted(Comparator.comparing(ClaimView.Repair::startedAt))
                    .toList();
            repairsSource = Source.REQUEST;
        } else {
            repairs = history(device);
            repairsSource = Source.INSTALLED_BASE;
        }

        Assessment.Verdict verdict = Assessment.Verdict.NOT_ASSESSED;
        Assessment.Cause cause = null;
        String reason = "";
        Source assessmentSource = Source.DEFAULT;
        java.util.UUID assessmentId = null;
        if (request.assessment() != null) {
            verdict = request.assessment().verdict();
            cause = request.assessment().cause();
            reason = request.assessment().reason() == null ? "" : request.assessment().reason().strip();
            assessmentSource = Source.REQUEST;
        } else {
            Optional<OldPartAssessment> latest = latestAssessment(device, component);
            if (latest.isPresent()) {
                verdict = latest.get().verdict;
                cause = latest.get().cause;
                reason = latest.get().reason;
                assessmentSource = Source.OLD_PART_ASSESSMENT;
                assessmentId = latest.get().id;
            }
        }

        return new Facts(request.productCategory(), component, request.price(), request.usageCoefficient(),
                purchase.buyer() == null ? Purchase.Buyer.CONSUMER : purchase.buyer(),
                Boolean.TRUE.equals(purchase.distanceSale()), Boolean.TRUE.equals(purchase.noReasonReturnExcluded()),
                !Boolean.FALSE.equals(purchase.goodsIntact()), null,
                invoice, dates.delivery() != null ? dates.delivery() : device.deliveryDate,
                dates.acceptance() != null ? dates.acceptance() : device.acceptanceDate,
                request.dates() == null ? Source.INSTALLED_BASE : Source.REQUEST,
                request.claimedAt(), request.odometerKm() == null ? 0 : request.odometerKm(),
                request.fault().code().strip(),
                request.fault().traits() == null ? List.of() : request.fault().traits().stream().sorted().toList(),
                repairs, repairsSource,
                request.replacements() == null ? List.of() : request.replacements().stream()
                        .map(r -> new ClaimView.Replacement(r.date(), r.component().strip())).toList(),
                verdict, cause, reason, assessmentSource, assessmentId);
    }

    /**
     * The facts of the claim the repair history implies after a repair of {@code component} for {@code faultCode}
     * ended at {@code endedAt}: the device's whole repair history, its latest assessment of the component, and the
     * product, price and purchase of {@code basis} (the device's latest claim, or the configured default).
     */
    public Facts factsFromHistory(Device device, String component, String faultCode, Instant endedAt, Facts basis) {
        Optional<OldPartAssessment> latest = latestAssessment(device, component);
        LocalDate invoice = firstNonNull(device.invoiceDate, device.deliveryDate, device.acceptanceDate,
                LocalDate.ofInstant(device.registeredAt, Claim.CHINA_TIME));
        return new Facts(basis.product(), component, basis.price(), basis.usageCoefficient(), basis.buyer(),
                basis.distanceSale(), basis.noReasonReturnExcluded(), basis.goodsIntact(), null,
                invoice, device.deliveryDate, device.acceptanceDate, Source.INSTALLED_BASE,
                endedAt, 0, faultCode, List.of(), history(device), Source.INSTALLED_BASE, List.of(),
                latest.map(a -> a.verdict).orElse(Assessment.Verdict.NOT_ASSESSED), latest.map(a -> a.cause).orElse(null),
                latest.map(a -> a.reason).orElse(""),
                latest.isPresent() ? Source.OLD_PART_ASSESSMENT : Source.DEFAULT, latest.map(a -> a.id).orElse(null));
    }

    /** Runs the engine on the facts: statutory policies, and the contract covering the device if there is one. */
    public Decided decide(Device device, Facts facts) {
        Optional<ContractPolicies.ContractPolicy> contract = contracts.covering(device, facts.claimedAt());
        Facts decided = contract.isEmpty() ? facts : withContract(facts, contract.get().contractId());
        SanbaoEngine engine = contract.isEmpty() ? STATUTORY_ENGINE : engineWith(contract.get().policy());
        Decision decision = engine.decide(engineClaim(decided));
        List<TraceEntry> trace = new ArrayList<>(decision.trace().size() + 1);
        trace.add(contract.map(c -> new TraceEntry(CONTRACT_TRACE_RULE, c.contractId(), true,
                        "设备在申请时由合同 " + c.contractId() + " 覆盖：其服务承诺与法定三包规定一并判定，取对客户更有利者",
                        "contract " + c.contractId() + " covers the device at the claim: its commitment is decided with the "
                                + "statutory 三包 rules and the more favourable outcome wins"))
                .orElse(new TraceEntry(CONTRACT_TRACE_RULE, "", false,
                        "未考虑合同：合同服务承诺尚未接入三包判定，本判定仅依据法定三包规定",
                        "no contract considered: contract commitments are not yet part of 三包 decisions, so this decision "
                                + "follows the statutory 三包 rules only")));
        trace.addAll(decision.trace());
        return new Decided(decided, decision, view(decision, trace));
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
                new Purchase(f.buyer(), f.distanceSale(), f.noReasonReturnExcluded(), f.goodsIntact(), Optional.ofNullable(f.contractId())),
                new Claim.Dates(f.invoiceDate(), Optional.ofNullable(f.deliveryDate()), Optional.ofNullable(f.acceptanceDate())),
                f.claimedAt(), f.odometerKm(), new Fault(f.faultCode(), Set.copyOf(f.faultTraits())),
                f.repairs().stream().map(r -> new RepairVisit(r.startedAt(), Optional.ofNullable(r.endedAt()), r.faultCode(),
                        r.resolved(), r.stoppedWork(), r.partsWaitingDays(), r.delay(), Duration.ZERO)).toList(),
                f.replacements().stream().map(r -> new Replacement(r.date(), r.component())).toList(),
                switch (f.assessmentVerdict()) {
                    case QUALITY_PROBLEM -> Assessment.qualityProblem(f.assessmentReason());
                    case NOT_QUALITY_PROBLEM -> Assessment.notQualityProblem(f.assessmentCause(), f.assessmentReason());
                    case NOT_ASSESSED -> Assessment.notAssessed();
                });
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
                trace.stream().map(t -> new ClaimView.Trace(t.ruleId(), t.policyId(), t.fired(), t.zh(), t.en())).toList());
    }

    /** The device's repairs from resolved tickets, oldest first. */
    private static List<ClaimView.Repair> history(Device device) {
        List<RepairRecord> records = RepairRecord.list("deviceSerial = ?1 order by repairStartedAt", device.serialNumber);
        return records.stream()
                .map(r -> new ClaimView.Repair(r.repairStartedAt, r.repairEndedAt, r.faultCode, r.faultGone, false, 0,
                        RepairVisit.Delay.NONE))
                .toList();
    }

    /** The latest old-part assessment of the device's component; the whole unit's are stored without a component. */
    private static Optional<OldPartAssessment> latestAssessment(Device device, String component) {
        return Claim.WHOLE_UNIT.equals(component)
                ? OldPartAssessment.<OldPartAssessment>find(
                        "deviceId = ?1 and (component is null or component = ?2) order by assessedAt desc", device.id, component)
                        .firstResultOptional()
                : OldPartAssessment.<OldPartAssessment>find("deviceId = ?1 and component = ?2 order by assessedAt desc",
                        device.id, component).firstResultOptional();
    }

    private static Facts withContract(Facts f, String contractId) {
        return new Facts(f.product(), f.component(), f.price(), f.usageCoefficient(), f.buyer(), f.distanceSale(),
                f.noReasonReturnExcluded(), f.goodsIntact(), contractId, f.invoiceDate(), f.deliveryDate(), f.acceptanceDate(),
                f.datesSource(), f.claimedAt(), f.odometerKm(), f.faultCode(), f.faultTraits(), f.repairs(), f.repairsSource(),
                f.replacements(), f.assessmentVerdict(), f.assessmentCause(), f.assessmentReason(), f.assessmentSource(),
                f.assessmentId());
    }

    private static SanbaoEngine engineWith(Policy contract) {
        List<Policy> policies = new ArrayList<>(STATUTORY);
        policies.add(contract);
        return new SanbaoEngine(policies, WORKING_DAYS);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A price of zero: for decisions whose refund amount nobody reads (the remedy-due watch's default product). */
    static final BigDecimal NO_PRICE = BigDecimal.ZERO.setScale(2);
}
