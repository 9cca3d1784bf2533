package org.aftersales.warranty.sanbao;

import static java.time.temporal.ChronoUnit.DAYS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** One policy applied to one claim: its clock, then each rule, traced. */
final class PolicyEvaluation {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final Policy policy;
    private final ProductTerms row;
    private final Claim claim;
    private final LocalDate claimDate;
    private final boolean quality;
    private final List<TraceEntry> trace;

    private final LocalDate start;
    /** Repair visits of the current unit or part: those since the (re)start. */
    private final List<RepairVisit> visits;
    private final long occupiedDays;
    private final Optional<Span> sanbao;
    private final Optional<Span> freeRepair;
    /** The longest loaner the loaner rules gave so far. */
    private Loaner loaner;

    /** A period's end for the claimed component. */
    private record Span(String coverage, Term term, LocalDate lastDay) {

        boolean contains(LocalDate start, LocalDate date, long km) {
            return LastDay.within(date, start, lastDay) && km <= term.kmLimit();
        }
    }

    PolicyEvaluation(Policy policy, ProductTerms row, Claim claim, WorkingDayCalendar calendar, List<TraceEntry> trace,
                     List<PeriodEnd> periods) {
        this.policy = policy;
        this.row = row;
        this.claim = claim;
        this.claimDate = claim.claimDate();
        this.quality = claim.assessment().qualityProblem();
        this.trace = trace;

        LocalDate original = row.start().dateIn(claim.dates());
        this.start = restartedStart(original);
        Instant since = start.atStartOfDay(Claim.CHINA_TIME).toInstant();
        this.visits = claim.repairs().stream()
                .filter(v -> !v.start().isBefore(since))
                .sorted(Comparator.comparing(RepairVisit::start))
                .toList();
        this.occupiedDays = visits.stream().mapToLong(v -> days(v, false)).sum();
        long outages = RepairTally.unresolvedOutages(visits, claimDate).size();
        ClockTerms clock = policy.clock();
        long extension = (clock.extendByRepairTime() ? occupiedDays : 0) + outages * clock.daysPerUnresolvedOutage();

        List<Coverage> relevant = relevantCoverages();
        this.sanbao = span(relevant, Coverage::sanbao, extension, calendar);
        this.freeRepair = span(relevant, Coverage::freeRepair, extension, calendar);
        sanbao.ifPresent(s -> periods.add(new PeriodEnd(policy.id(), PeriodEnd.Kind.SANBAO, s.coverage, start, s.lastDay, s.term.kmLimit())));
        freeRepair.ifPresent(s -> periods.add(new PeriodEnd(policy.id(), PeriodEnd.Kind.FREE_REPAIR, s.coverage, start, s.lastDay, s.term.kmLimit())));
        traceClock(original, outages, extension);
    }

    /** What the policy gives: the most favourable fired rule (or no obligation) and the longest loaner. */
    record Result(Candidate candidate, Optional<Loaner> loaner) {
    }

    Result result() {
        Candidate best = null;
        for (Rule rule : policy.rules()) {
            Optional<Candidate> fired = evaluate(rule);
            if (fired.isPresent() && (best == null || fired.get().betterThan(best))) {
                best = fired.get();
            }
        }
        for (Rule rule : policy.rules()) {
            if (rule instanceof Rule.NoSameModel r) {
                Optional<Candidate> refund = noSameModel(r, best);
                if (refund.isPresent() && refund.get().betterThan(best)) {
                    best = refund.get();
                }
            }
        }
        Candidate result = best != null ? best : Candidate.nothing(policy.id(), "NONE");
        add("OUTCOME", true, new Text(
                "本政策结论：" + result.remedy().zh() + "（规则 " + result.ruleId() + "）",
                "this policy gives: " + result.remedy().en() + " (rule " + result.ruleId() + ")"));
        return new Result(result, Optional.ofNullable(loaner));
    }

    // ---- the clock

    private LocalDate restartedStart(LocalDate original) {
        LocalDate result = original;
        for (Replacement r : claim.replacements()) {
            if (r.date().isAfter(result) && restarts(r)) {
                result = r.date();
            }
        }
        return result;
    }

    private boolean restarts(Replacement r) {
        boolean unit = r.component().equals(Claim.WHOLE_UNIT);
        return switch (policy.clock().restart()) {
            case NONE -> false;
            case WHOLE_UNIT -> unit;
            case REPLACED_PART -> unit || r.component().equals(claim.component());
        };
    }

    /** An accessory has its own period only; any other component the whole unit's and its main parts'. */
    private List<Coverage> relevantCoverages() {
        List<Coverage> accessory = row.coverages().stream()
                .filter(c -> c.kind() == Coverage.Kind.ACCESSORY && c.covers(claim.component()))
                .toList();
        if (!accessory.isEmpty()) {
            return accessory;
        }
        return row.coverages().stream()
                .filter(c -> c.kind() != Coverage.Kind.ACCESSORY && c.covers(claim.component()))
                .toList();
    }

    /** The longest known term among {@code coverages}; empty if none is known. */
    private Optional<Span> span(List<Coverage> coverages, Function<Coverage, Optional<Term>> which, long extension,
                                WorkingDayCalendar calendar) {
        Span best = null;
        for (Coverage c : coverages) {
            Optional<Term> term = which.apply(c);
            if (term.isPresent()) {
                LocalDate last = LastDay.of(start, term.get().period(), extension,
                        policy.clock().lastDayRollsPastHoliday(), calendar);
                if (best == null || last.isAfter(best.lastDay)) {
                    best = new Span(c.id(), term.get(), last);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private void traceClock(LocalDate original, long outages, long extension) {
        Text text = new Text(
                "起算日 " + start + "（" + row.start().zh() + (start.equals(original) ? "" : "；因 " + start + " 更换而重新计算（一包），原起算日 " + original) + "）",
                "starts " + start + " (" + row.start().en() + (start.equals(original) ? "" : "; restarted by the replacement of " + start + ", was " + original) + ")");
        text = text.then(new Text(
                "延长 " + extension + " 日（修理及待修 " + occupiedDays + " 日" + (policy.clock().extendByRepairTime() ? "计入" : "不计入")
                        + "，未解决停机 " + outages + " 次 × " + policy.clock().daysPerUnresolvedOutage() + " 日）",
                "extended by " + extension + " days (repair and parts-waiting " + occupiedDays + " days, "
                        + (policy.clock().extendByRepairTime() ? "counted" : "not counted") + "; unresolved work-stopping outages "
                        + outages + " × " + policy.clock().daysPerUnresolvedOutage() + " days)"));
        text = text.then(spanText("三包有效期", "三包 period", sanbao)).then(spanText("包修期", "free-repair period", freeRepair));
        text = text.then(new Text("申请日 " + claimDate + "，里程 " + claim.odometerKm() + " 公里",
                "claim on " + claimDate + " at " + claim.odometerKm() + " km"));
        add("CLOCK", true, text);
    }

    private Text spanText(String zh, String en, Optional<Span> span) {
        if (row.coverages().isEmpty()) {
            return new Text(zh + "：本政策不设", en + ": none set by this policy");
        }
        if (span.isEmpty()) {
            return new Text(zh + "：部件 " + claim.component() + " 的期限未核实、未配置 [unverified]，依赖期限的规则不适用",
                    en + ": the term for component " + claim.component() + " is unverified and not configured [unverified]; rules needing it do not apply");
        }
        Span s = span.get();
        boolean in = s.contains(start, claimDate, claim.odometerKm());
        return new Text(
                zh + "（" + s.coverage + " " + s.term.zh() + "）至 " + s.lastDay + "，" + (in ? "在期内" : "已过期"),
                en + " (" + s.coverage + " " + s.term.en() + ") ends " + s.lastDay + ", " + (in ? "within it" : "expired"));
    }

    private boolean inSanbao() {
        return sanbao.isPresent() && sanbao.get().contains(start, claimDate, claim.odometerKm());
    }

    private boolean inFreeRepair() {
        return freeRepair.isPresent() && freeRepair.get().contains(start, claimDate, claim.odometerKm());
    }

    /** Days a visit occupied ({@link RepairVisit#days}), an open one up to the claim. */
    private long days(RepairVisit v, boolean leaveOutNonCounting) {
        return v.days(claim.claimedAt(), leaveOutNonCounting);
    }

    // ---- the rules

    private Optional<Candidate> evaluate(Rule rule) {
        return switch (rule) {
            case Rule.EarlyFault r -> earlyFault(r);
            case Rule.RepeatedRepairs r -> repeatedRepairs(r);
            case Rule.LongRepair r -> longRepair(r);
            case Rule.Loaner r -> {
                loaner(r).filter(l -> loaner == null || l.days() > loaner.days()).ifPresent(l -> loaner = l);
                yield Optional.empty();
            }
            case Rule.InPeriod r -> inPeriod(r);
            case Rule.OutOfPeriod r -> outOfPeriod(r);
            case Rule.Excluded r -> excluded(r);
            case Rule.NoReasonReturn r -> noReasonReturn(r);
            case Rule.NoSameModel r -> Optional.empty();
        };
    }

    private Optional<Candidate> earlyFault(Rule.EarlyFault r) {
        LocalDate from = r.from().dateIn(claim.dates());
        long day = DAYS.between(from, claimDate);
        boolean km = r.kmLimit() != Term.NO_KM_LIMIT;
        Text facts = new Text(
                "自" + r.from().zh() + " " + from + " 起第 " + day + " 日" + (km ? "、" + claim.odometerKm() + " 公里" : "")
                        + "，时限 " + r.days() + " 日" + (km ? "或 " + r.kmLimit() + " 公里（先到为准）" : ""),
                "day " + day + " after the " + r.from().en() + " " + from + (km ? ", " + claim.odometerKm() + " km" : "")
                        + "; window " + r.days() + " days" + (km ? " or " + r.kmLimit() + " km, whichever first" : ""));
        Optional<Text> blocked = qualityBlock()
                .or(() -> componentBlock(r.onlyFor()))
                .or(() -> traitBlock(r.anyOf()))
                .or(() -> day >= 0 && day <= r.days() && claim.odometerKm() <= r.kmLimit()
                        ? Optional.empty()
                        : Optional.of(new Text("超出时限", "outside the window")));
        return fire(r, facts, blocked, r.choices(), Costs.FREE, Refund.Basis.FULL_PRICE);
    }

    private Optional<Candidate> repeatedRepairs(Rule.RepeatedRepairs r) {
        long repairs = r.consecutive()
                ? RepairTally.failingInARow(visits, claim.component(), claim.fault().code())
                : RepairTally.repairsOf(visits, claim.component(), claim.fault().code());
        Text facts = new Text(
                "故障 " + claim.fault().code() + " 已" + (r.consecutive() ? "连续" : "累计") + "修理 " + repairs + " 次仍未修好，阈值 " + r.repairs().zh() + " 次",
                "fault " + claim.fault().code() + " repaired " + repairs + " times " + (r.consecutive() ? "in a row" : "in total")
                        + " and still failing; threshold " + r.repairs().en());
        Optional<Text> blocked = qualityBlock()
                .or(() -> traitBlock(r.anyOf()))
                .or(this::sanbaoBlock)
                .or(() -> r.repairs().metBy(repairs) ? Optional.empty() : Optional.of(new Text("次数未达到", "threshold not reached")));
        return fire(r, facts, blocked, r.choices(), Costs.FREE, r.refund());
    }

    private Optional<Candidate> longRepair(Rule.LongRepair r) {
        long value = 0;
        for (RepairVisit v : visits) {
            if (r.causes().isEmpty() || r.causes().contains(v.delay())) {
                long d = days(v, r.cumulative());
                value = r.cumulative() ? value + d : Math.max(value, d);
            }
        }
        long days = value;
        Text facts = new Text(
                (r.cumulative() ? "累计修理时间 " : "单次最长修理时间 ") + days + " 日（不足24小时按1日计）"
                        + (r.causes().isEmpty() ? "" : "，原因限于 " + r.causes()) + "，阈值 " + r.days().zh() + " 日",
                (r.cumulative() ? "cumulative repair time " : "longest single repair ") + days + " days (a started 24 hours counts as a day)"
                        + (r.causes().isEmpty() ? "" : ", causes " + r.causes()) + "; threshold " + r.days().en() + " days");
        Optional<Text> blocked = qualityBlock()
                .or(this::sanbaoBlock)
                .or(() -> r.days().metBy(days) ? Optional.empty() : Optional.of(new Text("未达到", "threshold not reached")));
        return fire(r, facts, blocked, r.choices(), new Costs(r.payer(), r.payer(), r.payer()), r.refund());
    }

    private Optional<Loaner> loaner(Rule.Loaner r) {
        Optional<RepairVisit> latest = visits.isEmpty() ? Optional.empty() : Optional.of(visits.getLast());
        long days = latest.map(v -> days(v, false)).orElse(0L);
        Text facts = new Text("最近一次修理 " + days + " 日，阈值 " + r.days().zh() + " 日",
                "latest repair " + days + " days; threshold " + r.days().en() + " days");
        Optional<Text> blocked = qualityBlock()
                .or(() -> inFreeRepair() ? Optional.empty() : Optional.of(new Text("不在包修期内", "not within the free-repair period")))
                .or(() -> r.days().metBy(days) ? Optional.empty() : Optional.of(new Text("未达到", "threshold not reached")));
        if (blocked.isPresent()) {
            add(r.id(), false, facts.then(blocked.get()).then(cite(r)));
            return Optional.empty();
        }
        LocalDate from = LocalDate.ofInstant(latest.orElseThrow().start().plus(Duration.ofDays(r.days().first() - 1L)), Claim.CHINA_TIME);
        Loaner owed = new Loaner(from, days - r.days().first() + 1);
        add(r.id(), true, facts.then(new Text(
                "自第 " + r.days().first() + " 日（" + from + "）起提供备用车/备用机或交通费用补偿，已 " + owed.days() + " 日",
                "loaner or transport compensation from day " + r.days().first() + " (" + from + "), " + owed.days() + " days so far"))
                .then(cite(r)));
        return Optional.of(owed);
    }

    private Optional<Candidate> inPeriod(Rule.InPeriod r) {
        Text facts = new Text("包修期内的质量问题", "a quality problem within the free-repair period");
        Optional<Text> blocked = qualityBlock()
                .or(() -> componentBlock(r.onlyFor()))
                .or(() -> inFreeRepair() ? Optional.empty()
                        : Optional.of(new Text("不在包修期内", "not within the free-repair period")));
        return fire(r, facts, blocked, r.choices(), r.costs(), Refund.Basis.FULL_PRICE);
    }

    private Optional<Candidate> outOfPeriod(Rule.OutOfPeriod r) {
        Text facts = new Text("包修期外的维修", "a repair after the free-repair period");
        Optional<Text> blocked = freeRepair.isEmpty()
                ? Optional.of(new Text("期限未配置，无法判断", "the period is not configured, so this cannot be decided"))
                : inFreeRepair() ? Optional.of(new Text("仍在包修期内", "still within the free-repair period")) : Optional.empty();
        return fire(r, facts, blocked, Set.of(Remedy.PAID_REPAIR), r.costs(), Refund.Basis.FULL_PRICE);
    }

    private Optional<Candidate> excluded(Rule.Excluded r) {
        Assessment a = claim.assessment();
        Text facts = a.cause()
                .map(c -> new Text("旧件鉴定：非质量问题，原因 " + c.zh() + "（" + a.reason() + "）",
                        "old-part assessment: not a quality problem, cause " + c.en() + " (" + a.reason() + ")"))
                .orElse(a.verdict() == Assessment.Verdict.NO_FAULT_FOUND
                        ? new Text("检测未发现故障（" + a.reason() + "）", "no fault found (" + a.reason() + ")")
                        : new Text("旧件鉴定：" + (quality ? "质量问题或未鉴定" : "非质量问题"),
                        "old-part assessment: " + (quality ? "a quality problem or not assessed" : "not a quality problem")));
        Optional<Text> blocked = quality
                ? Optional.of(new Text("不属除外情形", "no exclusion"))
                : a.cause().filter(r.causes()::contains).isPresent()
                        ? Optional.empty()
                        : Optional.of(new Text("原因不在本政策除外清单内，本政策无三包义务", "the cause is not on this policy's exclusion list, so the policy owes nothing"));
        return fire(r, facts, blocked, Set.of(Remedy.PAID_REPAIR), r.costs(), Refund.Basis.FULL_PRICE);
    }

    private Optional<Candidate> noReasonReturn(Rule.NoReasonReturn r) {
        LocalDate from = StartEvent.DELIVERY.dateIn(claim.dates());
        long day = DAYS.between(from, claimDate);
        Purchase p = claim.purchase();
        Text facts = new Text("收货 " + from + " 后第 " + day + " 日，时限 " + r.days() + " 日",
                "day " + day + " after receipt on " + from + "; window " + r.days() + " days");
        Optional<Text> blocked = !p.distanceSale() ? Optional.of(new Text("非远程购物", "not a distance sale"))
                : p.noReasonReturnExcluded() ? Optional.of(new Text("属于不适用无理由退货的商品", "goods excepted from no-reason return"))
                : !p.goodsIntact() ? Optional.of(new Text("商品不完好", "goods not intact"))
                : day < 0 || day > r.days() ? Optional.of(new Text("超出时限", "outside the window"))
                : Optional.empty();
        return fire(r, facts, blocked, Set.of(Remedy.REFUND), new Costs(Payer.SELLER, Payer.SELLER, Payer.CUSTOMER),
                Refund.Basis.FULL_PRICE);
    }

    /** Once the other rules are decided: an exchange the seller cannot make with the same model becomes a refund. */
    private Optional<Candidate> noSameModel(Rule.NoSameModel r, Candidate decided) {
        boolean exchange = decided != null && decided.options().contains(Remedy.EXCHANGE);
        Text facts = new Text("同型号同规格" + (claim.sameModelInStock().orElse(true) ? "有货" : "无货"),
                "same model and specification " + (claim.sameModelInStock().orElse(true) ? "in stock" : "not in stock"));
        Optional<Text> blocked = !exchange
                ? Optional.of(new Text("无换货条件", "no exchange is due"))
                : claim.sameModelInStock().orElse(true)
                        ? Optional.of(new Text("可同型号换货", "an exchange for the same model is possible"))
                        : Optional.empty();
        return fire(r, facts, blocked, Set.of(Remedy.REFUND), Costs.FREE, Refund.Basis.FULL_PRICE);
    }

    // ---- shared steps

    private Optional<Text> qualityBlock() {
        if (quality) {
            return Optional.empty();
        }
        return Optional.of(claim.assessment().verdict() == Assessment.Verdict.NO_FAULT_FOUND
                ? new Text("检测未发现故障，无需修理", "no fault found: nothing to repair")
                : new Text("旧件鉴定认定非质量问题", "the old-part assessment found no quality problem"));
    }

    private Optional<Text> componentBlock(Set<String> onlyFor) {
        return onlyFor.isEmpty() || onlyFor.contains(claim.component()) ? Optional.empty()
                : Optional.of(new Text("部件 " + claim.component() + " 不适用本规则", "component " + claim.component() + " is not covered by this rule"));
    }

    private Optional<Text> traitBlock(Set<Fault.Trait> anyOf) {
        return anyOf.isEmpty() || !Collections.disjoint(anyOf, claim.fault().traits()) ? Optional.empty()
                : Optional.of(new Text("故障不属于 " + anyOf, "the fault is none of " + anyOf));
    }

    private Optional<Text> sanbaoBlock() {
        return inSanbao() ? Optional.empty() : Optional.of(new Text("不在三包有效期内", "not within the 三包 period"));
    }

    /** Traces the rule; if nothing blocks it, builds its candidate, dropping a refund that cannot be computed. */
    private Optional<Candidate> fire(Rule rule, Text facts, Optional<Text> blocked, Set<Remedy> choices, Costs costs,
                                     Refund.Basis basis) {
        if (blocked.isPresent()) {
            add(rule.id(), false, facts.then(blocked.get()).then(cite(rule)));
            return Optional.empty();
        }
        Set<Remedy> options = EnumSet.copyOf(choices);
        Optional<Refund> refund = Optional.empty();
        Text refundText = null;
        if (options.contains(Remedy.REFUND)) {
            refund = refund(basis);
            refundText = refund.map(PolicyEvaluation::refundText).orElse(new Text(
                    "退款所需费率未核实、未配置，不提供退货", "the rate a refund needs is unverified and not configured, so no refund"));
            if (refund.isEmpty()) {
                options.remove(Remedy.REFUND);
            }
        }
        Candidate offer = choice(rule, options, costs, refund);
        Remedy remedy = offer.remedy();
        Text text = facts.then(new Text(
                "适用：" + remedy.zh() + (options.size() > 1 ? "（客户可选 " + zh(options) + "）" : "") + "，" + costs.zh(),
                "applies: " + remedy.en() + (options.size() > 1 ? " (customer may choose " + en(options) + ")" : "") + ", " + costs.en()));
        if (refundText != null) {
            text = text.then(refundText);
        }
        add(rule.id(), true, text.then(cite(rule)));
        return Optional.of(offer);
    }

    /** The offer with its most favourable option as the remedy: the one worth most to the customer. */
    private Candidate choice(Rule rule, Set<Remedy> options, Costs costs, Optional<Refund> refund) {
        Candidate first = new Candidate(policy.id(), rule.id(), options.iterator().next(), Set.copyOf(options), costs,
                refund, claim.price().setScale(2, RoundingMode.HALF_UP));
        Candidate best = first;
        for (Remedy option : options) {
            Candidate other = first.choosing(option);
            if (other.betterThan(best)) {
                best = other;
            }
        }
        if (best != first) {
            Text why = best.whyBetterThan(first);
            add(rule.id(), true, new Text("客户可选项中取价值最高者：" + why.zh(),
                    "the option worth most to the customer: " + why.en()));
        }
        return best;
    }

    private Optional<Refund> refund(Refund.Basis basis) {
        BigDecimal price = claim.price().setScale(2, RoundingMode.HALF_UP);
        return switch (basis) {
            case FULL_PRICE -> Optional.of(new Refund(price, basis, BigDecimal.ZERO, 0, BigDecimal.ZERO.setScale(2), price));
            case DAILY_DEPRECIATION -> row.dailyDepreciation().map(rate -> {
                long days = Math.max(0, DAYS.between(start, claimDate) - occupiedDays);
                return deducted(price, basis, rate.value(), days, price.multiply(rate.value()).multiply(BigDecimal.valueOf(days)));
            });
            case USAGE_FEE -> row.maxUsageCoefficient().map(max -> {
                BigDecimal n = claim.usageCoefficient().filter(c -> c.compareTo(max.value()) <= 0).orElse(max.value());
                long km = claim.odometerKm();
                return deducted(price, basis, n, km, price.multiply(BigDecimal.valueOf(km)).divide(THOUSAND).multiply(n));
            });
        };
    }

    private static Refund deducted(BigDecimal price, Refund.Basis basis, BigDecimal rate, long units, BigDecimal raw) {
        BigDecimal deduction = raw.setScale(2, RoundingMode.HALF_UP).min(price);
        return new Refund(price, basis, rate, units, deduction, price.subtract(deduction));
    }

    private static Text refundText(Refund r) {
        return switch (r.basis()) {
            case FULL_PRICE -> new Text("按发票价格一次退清 " + r.amount() + " 元", "full invoice price refunded: " + r.amount() + " yuan");
            case DAILY_DEPRECIATION -> new Text(
                    "折旧费 = " + r.price() + " × " + r.rate().toPlainString() + "/日 × " + r.units() + " 日（扣除修理及待修时间）= " + r.deduction() + " 元，退款 " + r.amount() + " 元",
                    "depreciation = " + r.price() + " × " + r.rate().toPlainString() + "/day × " + r.units() + " days (repair and waiting days deducted) = " + r.deduction() + " yuan; refund " + r.amount() + " yuan");
            case USAGE_FEE -> new Text(
                    "使用补偿费 = " + r.price() + " × " + r.units() + " 公里 / 1000 × " + r.rate().toPlainString() + " = " + r.deduction() + " 元，退款 " + r.amount() + " 元",
                    "usage fee = " + r.price() + " × " + r.units() + " km / 1000 × " + r.rate().toPlainString() + " = " + r.deduction() + " yuan; refund " + r.amount() + " yuan");
        };
    }

    private static Text cite(Rule rule) {
        return new Text("依据 " + rule.cite().zh() + rule.cite().source().tag(), "per " + rule.cite().en() + " " + rule.cite().source().tag());
    }

    private static String zh(Set<Remedy> remedies) {
        List<String> names = new ArrayList<>();
        remedies.forEach(r -> names.add(r.zh()));
        return String.join("、", names);
    }

    private static String en(Set<Remedy> remedies) {
        List<String> names = new ArrayList<>();
        remedies.forEach(r -> names.add(r.en()));
        return String.join(", ", names);
    }

    private void add(String ruleId, boolean fired, Text text) {
        trace.add(new TraceEntry(ruleId, policy.id(), fired, text.zh(), text.en()));
    }
}
