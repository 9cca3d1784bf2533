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
    private final WorkingDayCalendar calendar;
    /** The remedies the customer's documents allow (ProofTiers); empty: every remedy. */
    private final Optional<Set<Remedy>> allowedByProof;
    private final Optional<Text> proofText;
    /** The longest loaner the loaner rules gave so far. */
    private Loaner loaner;
    private Decision.Assistance assistance;

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
        this.calendar = calendar;

        Optional<Rule.ProofTiers> tiers = policy.rules().stream()
                .filter(Rule.ProofTiers.class::isInstance).map(Rule.ProofTiers.class::cast).findFirst();
        Claim.Circumstances c = claim.circumstances();
        boolean byManufacture = tiers.isPresent() && c.evidence() == Claim.Evidence.MANUFACTURE_DATE
                && tiers.get().manufactureStartDays().isPresent() && c.manufactureDate().isPresent();
        this.allowedByProof = tiers.map(t -> switch (c.evidence()) {
            case INVOICE_AND_VOUCHER -> EnumSet.allOf(Remedy.class);
            case OTHER_PROOF -> withPaid(t.withOtherProof());
            case MANUFACTURE_DATE -> byManufacture ? withPaid(t.withManufactureDate()) : withPaid(Set.of());
            case NONE -> withPaid(Set.of());
        });
        this.proofText = tiers.map(t -> new Text("凭证：" + c.evidence().zh(), "documents: " + c.evidence().en()));

        LocalDate original = byManufacture
                ? c.manufactureDate().get().plusDays(tiers.get().manufactureStartDays().get())
                : row.start().dateIn(claim.dates());
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
        if (byManufacture) {
            add(tiers.get().id(), true, new Text("无发票及三包凭证，按出厂日期 " + c.manufactureDate().get() + " 后第 "
                    + tiers.get().manufactureStartDays().get() + " 日（" + original + "）起算三包有效期",
                    "no invoice or 三包凭证: the period starts on day " + tiers.get().manufactureStartDays().get()
                            + " after the manufacture date " + c.manufactureDate().get() + " (" + original + ")")
                    .then(cite(tiers.get())));
        }
    }

    private static Set<Remedy> withPaid(Set<Remedy> remedies) {
        Set<Remedy> all = EnumSet.of(Remedy.PAID_REPAIR, Remedy.NO_OBLIGATION);
        all.addAll(remedies);
        return all;
    }

    /**
     * What the policy gives: the most favourable fired rule (or no obligation), the longest loaner, help for a car
     * that cannot be driven, the fees with a replacement or refund and the deadlines for it.
     */
    record Result(Candidate candidate, Optional<Loaner> loaner, Optional<Decision.Assistance> assistance,
                  Optional<Decision.FeeCompensation> fees, Optional<Decision.Deadlines> deadlines) {
    }

    Result result() {
        Candidate best = null;
        for (Rule rule : policy.rules()) {
            Optional<Candidate> fired = evaluate(rule);
            if (fired.isPresent() && (best == null || fired.get().betterThan(best))) {
                best = fired.get();
            }
        }
        best = withoutTheSameModel(best);
        Candidate result = best != null ? best : Candidate.nothing(policy.id(), "NONE");
        add("OUTCOME", true, new Text(
                "本政策结论：" + result.remedy().zh() + "（规则 " + result.ruleId() + "）"
                        + result.exchangeBy().map(d -> "，于约定日期 " + d + " 换货").orElse(""),
                "this policy gives: " + result.remedy().en() + " (rule " + result.ruleId() + ")"
                        + result.exchangeBy().map(d -> ", exchanged on the agreed date " + d).orElse("")));
        Optional<Decision.FeeCompensation> fees = Optional.empty();
        Optional<Decision.Deadlines> deadlines = Optional.empty();
        for (Rule rule : policy.rules()) {
            if (rule instanceof Rule.AccompanyingFees r) {
                fees = fees(r, result);
            } else if (rule instanceof Rule.AnswerDeadlines r) {
                deadlines = deadlines(r, result);
            }
        }
        return new Result(result, Optional.ofNullable(loaner), Optional.ofNullable(assistance), fees, deadlines);
    }

    /**
     * Once the other rules are decided, the rules on an exchange the seller cannot make with the same model, in the
     * policy's order: an agreed exchange date (M10), else a refund (R6, M6), or for cars a car of a configuration not
     * lower, else a refund (V12). Each replaces the decided outcome: the exchange it offered cannot be made now.
     */
    private Candidate withoutTheSameModel(Candidate decided) {
        boolean agreed = false;
        for (Rule rule : policy.rules()) {
            Candidate current = decided;
            Optional<Candidate> instead = switch (rule) {
                case Rule.AgreedExchangeDate r -> {
                    Optional<Candidate> c = agreedExchangeDate(r, current);
                    agreed = c.isPresent();
                    yield c;
                }
                case Rule.NoSameModel r -> agreed ? Optional.empty() : noSameModel(r, current)
                        .filter(refund -> refund.betterThan(current));
                case Rule.NoSameBrandModel r -> noSameBrandModel(r, current);
                default -> Optional.empty();
            };
            if (instead.isPresent()) {
                decided = instead.get();
            }
        }
        return decided;
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
            case Rule.RepeatedReplacements r -> repeatedReplacements(r);
            case Rule.LargeItem r -> largeItem(r);
            case Rule.Breakdown r -> {
                assistance = breakdown(r).orElse(assistance);
                yield Optional.empty();
            }
            case Rule.ProofTiers r -> proofTiers(r);
            case Rule.NoSameModel r -> Optional.empty();
            case Rule.AgreedExchangeDate r -> Optional.empty();
            case Rule.NoSameBrandModel r -> Optional.empty();
            case Rule.AccompanyingFees r -> Optional.empty();
            case Rule.AnswerDeadlines r -> Optional.empty();
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
                : p.returnExclusion().filter(Purchase.ReturnExclusion::excludes).isPresent()
                        ? Optional.of(p.returnExclusion().get().text())
                : !p.goodsIntact() ? Optional.of(new Text("商品不完好", "goods not intact"))
                : day < 0 || day > r.days() ? Optional.of(new Text("超出时限", "outside the window"))
                : Optional.empty();
        if (blocked.isEmpty() && p.returnExclusion().isPresent()) {
            facts = facts.then(p.returnExclusion().get().text());
        }
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

    private Optional<Candidate> repeatedReplacements(Rule.RepeatedReplacements r) {
        long times = claim.replacements().stream()
                .filter(x -> x.qualityProblem() && x.component().equals(claim.component()))
                .filter(x -> !x.date().isBefore(start) && !x.date().isAfter(claimDate))
                .filter(x -> r.ofSystems().isEmpty() ? x.system().isEmpty() || x.system().get().equals(x.component())
                        : x.system().filter(r.ofSystems()::contains).filter(sys -> !sys.equals(x.component())).isPresent())
                .count();
        Text facts = new Text(
                "部件 " + claim.component() + (r.ofSystems().isEmpty() ? "" : "（作为 " + r.ofSystems() + " 的主要零件）")
                        + " 因质量问题已累计更换 " + times + " 次仍不能正常使用，阈值 " + r.times().zh() + " 次",
                "component " + claim.component() + (r.ofSystems().isEmpty() ? "" : " (as a main part of " + r.ofSystems() + ")")
                        + " replaced " + times + " times for quality problems and still failing; threshold " + r.times().en());
        Optional<Text> blocked = qualityBlock()
                .or(() -> componentBlock(r.onlyFor()))
                .or(this::sanbaoBlock)
                .or(() -> r.times().metBy(times) ? Optional.empty() : Optional.of(new Text("次数未达到", "threshold not reached")));
        return fire(r, facts, blocked, r.choices(), Costs.FREE, r.refund());
    }

    private Optional<Candidate> largeItem(Rule.LargeItem r) {
        Text facts = new Text(claim.circumstances().largeItem() ? "大件产品，包修期内的质量问题" : "非大件产品",
                claim.circumstances().largeItem() ? "a large item with a quality problem within the free-repair period" : "not a large item");
        Optional<Text> blocked = qualityBlock()
                .or(() -> claim.circumstances().largeItem() ? Optional.empty() : Optional.of(new Text("无需运输", "no transport owed")))
                .or(() -> inFreeRepair() ? Optional.empty() : Optional.of(new Text("不在包修期内", "not within the free-repair period")));
        return fire(r, facts, blocked, Set.of(Remedy.FREE_REPAIR), r.costs(), Refund.Basis.FULL_PRICE);
    }

    private Optional<Decision.Assistance> breakdown(Rule.Breakdown r) {
        boolean failed = claim.circumstances().remoteConsultationFailed();
        Text facts = new Text("车辆因质量问题" + (claim.fault().traits().contains(Fault.Trait.CANNOT_DRIVE_SAFELY) ? "" : "并非") + "不能安全行驶",
                "the car " + (claim.fault().traits().contains(Fault.Trait.CANNOT_DRIVE_SAFELY) ? "cannot" : "can") + " be driven safely");
        Optional<Text> blocked = qualityBlock()
                .or(() -> traitBlock(Set.of(Fault.Trait.CANNOT_DRIVE_SAFELY)))
                .or(() -> inFreeRepair() ? Optional.empty() : Optional.of(new Text("不在包修期内", "not within the free-repair period")));
        if (blocked.isPresent()) {
            add(r.id(), false, facts.then(blocked.get()).then(cite(r)));
            return Optional.empty();
        }
        Decision.Assistance owed = new Decision.Assistance(failed ? Decision.Assistance.Kind.ON_SITE_SERVICE_AND_TOWING
                : Decision.Assistance.Kind.REMOTE_CONSULTATION, r.payer());
        add(r.id(), true, facts.then(failed
                ? new Text("咨询服务未能解决：提供现场服务并承担必要的拖运费用（" + r.payer().zh() + "）",
                        "the consultation did not solve it: on-site service and the necessary towing at the " + r.payer().en() + "'s cost")
                : new Text("提供免费咨询服务；无法解决的，提供现场服务并承担拖运费用",
                        "a free remote consultation first; if it fails, on-site service and towing")).then(cite(r)));
        return Optional.of(owed);
    }

    private Optional<Candidate> proofTiers(Rule.ProofTiers r) {
        Claim.Evidence evidence = claim.circumstances().evidence();
        Text facts = proofText.orElseThrow().then(new Text("允许：" + zh(allowedByProof.orElseThrow()),
                "allowed: " + en(allowedByProof.orElseThrow())));
        boolean none = evidence == Claim.Evidence.NONE
                || (evidence == Claim.Evidence.MANUFACTURE_DATE && !allowedByProof.orElseThrow().contains(Remedy.FREE_REPAIR));
        Optional<Text> blocked = none ? Optional.empty()
                : Optional.of(new Text("凭证足以适用三包", "the documents suffice for 三包"));
        return fire(r, none ? facts.then(new Text("不实行三包，可收费修理", "no 三包, paid repair")) : facts, blocked,
                Set.of(Remedy.PAID_REPAIR), r.paidCosts(), Refund.Basis.FULL_PRICE);
    }

    private Optional<Candidate> agreedExchangeDate(Rule.AgreedExchangeDate r, Candidate decided) {
        Optional<LocalDate> agreed = claim.circumstances().agreedExchangeDate();
        boolean exchange = decided != null && decided.options().contains(Remedy.EXCHANGE);
        boolean inStock = claim.sameModelInStock().orElse(true);
        Text facts = new Text("约定换货日期：" + agreed.map(LocalDate::toString).orElse("无"),
                "agreed exchange date: " + agreed.map(LocalDate::toString).orElse("none"));
        Optional<Text> blocked = !exchange ? Optional.of(new Text("无换货条件", "no exchange is due"))
                : inStock ? Optional.of(new Text("有同型号现货，立即换货", "the same model is in stock: exchanged now"))
                : agreed.isEmpty() ? Optional.of(new Text("未约定换货日期，销售者应予退货", "no agreed date: the seller must take the return"))
                : agreed.get().isBefore(claimDate)
                        ? Optional.of(new Text("约定日期已过仍未换货，销售者应予退货", "the agreed date has passed without an exchange: the seller must take the return"))
                        : Optional.empty();
        if (blocked.isPresent()) {
            add(r.id(), false, facts.then(blocked.get()).then(cite(r)));
            return Optional.empty();
        }
        add(r.id(), true, facts.then(new Text("同型号暂无现货，按约定于 " + agreed.get() + " 换货",
                "the same model is not in stock now: exchanged on the agreed date " + agreed.get())).then(cite(r)));
        return Optional.of(new Candidate(policy.id(), r.id(), Remedy.EXCHANGE, Set.of(Remedy.EXCHANGE), decided.costs(),
                Optional.empty(), decided.unitPrice(), agreed));
    }

    private Optional<Candidate> noSameBrandModel(Rule.NoSameBrandModel r, Candidate decided) {
        boolean exchange = decided != null && decided.options().contains(Remedy.EXCHANGE);
        boolean sameModel = claim.sameModelInStock().orElse(true);
        boolean notLower = claim.circumstances().notLowerConfigurationInStock().orElse(false);
        Text facts = new Text("同品牌同型号" + (sameModel ? "有货" : "无货") + (sameModel ? "" : "，不低于原车配置的车辆" + (notLower ? "有货" : "无货")),
                "same brand and model " + (sameModel ? "in stock" : "not in stock")
                        + (sameModel ? "" : ", a car of a configuration not lower " + (notLower ? "in stock" : "not in stock")));
        Optional<Text> blocked = !exchange ? Optional.of(new Text("无换车条件", "no replacement is due"))
                : sameModel ? Optional.of(new Text("可同品牌同型号换车", "a replacement of the same brand and model is possible"))
                : Optional.empty();
        if (blocked.isPresent()) {
            add(r.id(), false, facts.then(blocked.get()).then(cite(r)));
            return Optional.empty();
        }
        if (notLower) {
            add(r.id(), true, facts.then(new Text("以不低于原车配置的车辆更换，客户仍可选择 " + zh(decided.options()),
                    "replaced by a car of a configuration not lower than the original; the customer may still choose "
                            + en(decided.options()))).then(cite(r)));
            return Optional.of(new Candidate(policy.id(), r.id(), decided.remedy(), decided.options(), decided.costs(),
                    decided.refund(), decided.unitPrice(), Optional.empty()));
        }
        Refund refund = decided.refund().orElseGet(() -> refund(Refund.Basis.FULL_PRICE).orElseThrow());
        add(r.id(), true, facts.then(new Text("无可更换车辆，消费者可选择退车，销售者应当退车", "no car to replace it with: the consumer may choose a refund and the seller must refund"))
                .then(refundText(refund)).then(cite(r)));
        return Optional.of(new Candidate(policy.id(), r.id(), Remedy.REFUND, Set.of(Remedy.REFUND), decided.costs(),
                Optional.of(refund), decided.unitPrice(), Optional.empty()));
    }

    private Optional<Decision.FeeCompensation> fees(Rule.AccompanyingFees r, Candidate result) {
        Claim.Fees fees = claim.circumstances().fees();
        boolean due = result.options().contains(Remedy.REFUND) || result.options().contains(Remedy.EXCHANGE);
        if (!due || !fees.any()) {
            add(r.id(), false, new Text(due ? "未列明登记、加装或服务费用" : "无换车或退车", due ? "no registration, add-on or service fees stated"
                    : "no replacement or refund").then(cite(r)));
            return Optional.empty();
        }
        BigDecimal addOns = money(fees.addOns());
        BigDecimal deduction = result.refund().filter(f -> f.basis() == Refund.Basis.USAGE_FEE)
                .map(f -> addOns.multiply(BigDecimal.valueOf(f.units())).divide(THOUSAND).multiply(f.rate())
                        .setScale(2, RoundingMode.HALF_UP).min(addOns))
                .orElse(BigDecimal.ZERO.setScale(2));
        BigDecimal total = money(fees.registration()).add(addOns).subtract(deduction).add(money(fees.services()));
        Decision.FeeCompensation owed = new Decision.FeeCompensation(money(fees.registration()), addOns, deduction,
                money(fees.services()), total);
        add(r.id(), true, new Text(
                "随换车或退车赔偿：登记费 " + owed.registration() + " 元 + 加装装饰费 " + addOns + " 元 − 折旧 " + deduction
                        + " 元 + 服务费 " + owed.services() + " 元 = " + total + " 元（加装折旧按使用补偿费比例 [inference]；税费、保险按国家规定）",
                "compensated with the replacement or refund: registration " + owed.registration() + " + add-ons " + addOns
                        + " − depreciation " + deduction + " + services " + owed.services() + " = " + total
                        + " yuan (add-on depreciation at the usage-fee proportion [inference]; taxes and insurance per state rules)")
                .then(cite(r)));
        return Optional.of(owed);
    }

    private Optional<Decision.Deadlines> deadlines(Rule.AnswerDeadlines r, Candidate result) {
        boolean due = (result.options().contains(Remedy.REFUND) || result.options().contains(Remedy.EXCHANGE)) && inSanbao();
        if (!due) {
            add(r.id(), false, new Text("三包有效期内无换车或退车", "no replacement or refund within the 三包 period").then(cite(r)));
            return Optional.empty();
        }
        Decision.Deadlines d = new Decision.Deadlines(claimDate, workingDaysAfter(claimDate, r.answerWorkingDays()),
                workingDaysAfter(claimDate, r.completeWorkingDays()));
        add(r.id(), true, new Text(
                "申请日 " + claimDate + "：应于 " + r.answerWorkingDays() + " 个工作日内（" + d.answerBy() + " 前）答复，不予换退的说明理由；"
                        + r.completeWorkingDays() + " 个工作日内（" + d.completeBy() + " 前）完成换车或退车，逾期未换车的消费者可要求退车（消费者原因除外）",
                "requested " + claimDate + ": answer within " + r.answerWorkingDays() + " working days (by " + d.answerBy()
                        + "), a refusal with reasons; complete within " + r.completeWorkingDays() + " working days (by "
                        + d.completeBy() + "), else the consumer may demand a refund unless the delay is the consumer's")
                .then(cite(r)));
        return Optional.of(d);
    }

    /** The {@code n}-th working day after {@code day} (the start day does not count, 民法典 §201). */
    private LocalDate workingDaysAfter(LocalDate day, int n) {
        LocalDate d = day;
        for (int counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
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
        Set<Remedy> options = EnumSet.noneOf(Remedy.class);
        options.addAll(choices);
        if (allowedByProof.isPresent() && !(rule instanceof Rule.ProofTiers)) {
            options.retainAll(allowedByProof.get());
            if (options.isEmpty()) {
                add(rule.id(), false, facts.then(proofText.orElseThrow()).then(new Text("凭证不足，不适用本规则",
                        "the documents do not allow this rule's remedies")).then(cite(rule)));
                return Optional.empty();
            }
        }
        Optional<Refund> refund = Optional.empty();
        Text refundText = null;
        if (options.contains(Remedy.REFUND)) {
            refund = refund(basis);
            refundText = refund.map(PolicyEvaluation::refundText).orElse(new Text(
                    "退款所需费率未核实、未配置，不提供退货", "the rate a refund needs is unverified and not configured, so no refund"));
            if (refund.isEmpty()) {
                options.remove(Remedy.REFUND);
            }
            if (options.isEmpty()) {
                add(rule.id(), false, facts.then(refundText).then(cite(rule)));
                return Optional.empty();
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
                refund, claim.price().setScale(2, RoundingMode.HALF_UP), Optional.empty());
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
            case ACCESSORY_PRICE -> claim.circumstances().accessory()
                    .flatMap(a -> a.soldWithProduct() ? a.standAlonePrice() : Optional.of(claim.price()))
                    .map(p -> p.setScale(2, RoundingMode.HALF_UP))
                    .map(p -> new Refund(p, basis, BigDecimal.ZERO, 0, BigDecimal.ZERO.setScale(2), p));
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
            case ACCESSORY_PRICE -> new Text("配件退货：单独购买的按发票价格、随机购买的按退货时单独零售价格退 " + r.amount() + " 元",
                    "accessory refund: bought alone at its invoice price, sold with the product at its stand-alone retail price at the time: " + r.amount() + " yuan");
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
