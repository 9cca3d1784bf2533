package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Remedy.EXCHANGE;
import static org.aftersales.warranty.sanbao.Remedy.FREE_REPAIR;
import static org.aftersales.warranty.sanbao.Remedy.PART_REPLACEMENT;
import static org.aftersales.warranty.sanbao.Remedy.REFUND;
import static org.aftersales.warranty.sanbao.Source.INFERENCE;
import static org.aftersales.warranty.sanbao.Source.PRIMARY;
import static org.aftersales.warranty.sanbao.Source.SECONDARY;
import static org.aftersales.warranty.sanbao.Source.SECONDARY_VERBATIM;
import static org.aftersales.warranty.sanbao.Source.UNVERIFIED;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.warranty.sanbao.Assessment.Cause;
import org.aftersales.warranty.sanbao.ClockTerms.Restart;
import org.aftersales.warranty.sanbao.Coverage.Kind;
import org.aftersales.warranty.sanbao.ProductTerms.Rate;
import org.aftersales.warranty.sanbao.Refund.Basis;
import org.aftersales.warranty.sanbao.RepairVisit.Delay;

/**
 * The statutory policies as data, numbered and tagged as in {@code /work/shared/docs/SANBAO-RULES.md}. Numbers tagged
 * {@link Source#UNVERIFIED} there are either absent ({@link Coverage#unknown}, empty rates) or carried with that tag;
 * configure them with {@link Policy#withProduct} once an official text is read.
 */
public final class StatutoryPolicies {

    public static final String GOODS_1995 = "CN-GOODS-1995";
    public static final String CAR_2021 = "CN-CAR-2021";
    public static final String MOBILE_2001 = "CN-MOBILE-2001";
    public static final String MICRO_2002 = "CN-MICRO-2002";
    public static final String CPL_24 = "CN-CPL-24";
    public static final String CPL_25 = "CN-CPL-25";

    private static final Set<Fault.Trait> ANY_FAULT = Set.of();
    private static final Set<String> ANY_COMPONENT = Set.of();
    private static final Costs REPAIRER_REPAIRS = new Costs(Payer.REPAIRER, Payer.REPAIRER, Payer.CUSTOMER);

    /** Car rule Art 24 ¶1(2): the assemblies whose replacement V9 counts. */
    public static final Set<String> CAR_ASSEMBLIES = Set.of("engine", "transmission", "traction-battery", "drive-motor");
    /** Car rule Art 24 ¶1(3): the systems whose same main part V10 counts. */
    public static final Set<String> CAR_MAIN_PART_SYSTEMS = Set.of("engine", "transmission", "traction-battery", "drive-motor",
            "steering", "braking", "suspension", "drivetrain", "emission-control", "body");

    private StatutoryPolicies() {
    }

    /** All six, as the engine should usually be configured. */
    public static List<Policy> all() {
        return List.of(householdGoods1995(), householdCar2021(), mobilePhone2001(), microcomputer2002(), consumerLaw24(),
                consumerLaw25());
    }

    /** 部分商品修理更换退货责任规定 (1995) and its catalog 实施三包的部分商品目录, with the 2011 flat-panel TVs (§1, §2). */
    public static Policy householdGoods1995() {
        String zh = "部分商品修理更换退货责任规定";
        Set<String> tvParts = Set.of("picture-tube", "flyback-transformer", "tuner", "integrated-circuit");
        List<ProductTerms> catalog = List.of(
                goods("bicycle", "自行车", 1, 2, Set.of("frame", "derailleur"), "0.0005", SECONDARY_VERBATIM),
                goods("colour-tv", "彩色电视机", 1, 3, tvParts, "0.001", SECONDARY_VERBATIM),
                flatTv("plasma-tv", "等离子电视机", Set.of("display-panel", "driver-board", "logic-board", "tuner")),
                flatTv("lcd-tv", "液晶电视机", Set.of("display-panel", "backlight", "logic-board", "tuner")),
                goods("bw-tv", "黑白电视机", 1, 3, tvParts, "0.0005", SECONDARY_VERBATIM),
                goods("vcr", "家用录像机", 1, 1, Set.of("drum-motor", "capstan-motor", "loading-motor", "integrated-circuit"), "0.001",
                        SECONDARY_VERBATIM),
                unknownGoods("camcorder", "摄像机"),
                unknownGoods("radio-cassette", "收录机"),
                unknownGoods("electronic-keyboard", "电子琴"),
                periodsOnly("refrigerator", "家用电冰箱"),
                periodsOnly("washing-machine", "洗衣机"),
                unknownGoods("electric-fan", "电风扇"),
                unknownGoods("microwave-oven", "微波炉"),
                unknownGoods("vacuum-cleaner", "吸尘器"),
                unknownGoods("room-air-conditioner", "家用空调器"),
                unknownGoods("range-hood", "吸排油烟机"),
                goods("gas-water-heater", "燃气热水器", 1, 1, Set.of("electronic-ignition"), "0.0005", SECONDARY),
                unknownGoods("sewing-machine", "缝纫机"),
                unknownGoods("clock-watch", "钟表"),
                // 1 year or 6,000 km is the motorcycle 实施细则; that it is catalog row 18 is unverified.
                new ProductTerms("motorcycle", "摩托车", StartEvent.INVOICE,
                        List.of(Coverage.wholeUnit(Term.yearsOrKm(1, 6000, UNVERIFIED)), Coverage.unknown("main-parts", Kind.MAIN_PARTS, Set.of())),
                        Optional.empty(), Optional.empty()));
        return new Policy(GOODS_1995, zh, "Some commodities repair, exchange and return rule (1995)", Applicability.statute(),
                new ClockTerms(true, 0, Restart.WHOLE_UNIT, SECONDARY_VERBATIM, true), catalog, List.of(
                new Rule.EarlyFault("1995.R1", art(zh, 9, "1995 rule", SECONDARY_VERBATIM), StartEvent.INVOICE, 7, Term.NO_KM_LIMIT,
                        ANY_FAULT, ANY_COMPONENT, Set.of(REFUND, EXCHANGE, FREE_REPAIR)),
                new Rule.EarlyFault("1995.R2", art(zh, 10, "1995 rule", SECONDARY_VERBATIM), StartEvent.INVOICE, 15, Term.NO_KM_LIMIT,
                        ANY_FAULT, ANY_COMPONENT, Set.of(EXCHANGE, FREE_REPAIR)),
                new Rule.RepeatedRepairs("1995.R3", new Citation(zh + "第11条、第13条", "1995 rule Arts 11, 13", SECONDARY_VERBATIM),
                        Threshold.atLeast(2), false, ANY_FAULT, Set.of(EXCHANGE, REFUND), Basis.DAILY_DEPRECIATION),
                new Rule.LongRepair("1995.R4", new Citation(zh + "第12条第1款", "1995 rule Art 12 ¶1", SECONDARY_VERBATIM), false,
                        Threshold.moreThan(90), Set.of(Delay.PARTS_NOT_SUPPLIED), Set.of(EXCHANGE, REFUND), Basis.DAILY_DEPRECIATION,
                        Payer.SELLER),
                new Rule.LongRepair("1995.R5", new Citation(zh + "第12条第2款", "1995 rule Art 12 ¶2", SECONDARY_VERBATIM), false,
                        Threshold.moreThan(30), Set.of(Delay.REPAIRER), Set.of(EXCHANGE, REFUND), Basis.DAILY_DEPRECIATION, Payer.REPAIRER),
                new Rule.NoSameModel("1995.R6", art(zh, 13, "1995 rule", SECONDARY_VERBATIM)),
                new Rule.InPeriod("1995.R9", art(zh, 15, "1995 rule", SECONDARY_VERBATIM), ANY_COMPONENT, Set.of(FREE_REPAIR),
                        REPAIRER_REPAIRS),
                new Rule.LargeItem("1995.R10", new Citation(zh + "第15条（大件产品运输费用）", "1995 rule Art 15 (transport of large items)",
                        SECONDARY_VERBATIM), new Costs(Payer.REPAIRER, Payer.REPAIRER, Payer.REPAIRER)),
                new Rule.ProofTiers("1995.PROOF", new Citation(zh + "第8条释义（凭证遗失）及不实行三包情形第3项",
                        "1995 rule Art 8 commentary (lost documents) and exclusion 3", SECONDARY),
                        Set.of(REFUND, EXCHANGE, PART_REPLACEMENT, FREE_REPAIR), Optional.empty(), Set.of(), Costs.CUSTOMER_PAYS),
                new Rule.OutOfPeriod("1995.PAID", new Citation(zh + "第8条（三包有效期外）", "1995 rule Art 8 (after the period)", Source.INFERENCE),
                        Costs.CUSTOMER_PAYS),
                new Rule.Excluded("1995.EXCL", exclusions(zh, "1995 rule"),
                        Set.of(Cause.MISUSE, Cause.UNAUTHORISED_MODIFICATION_OR_DISASSEMBLY, Cause.FORCE_MAJEURE), Costs.CUSTOMER_PAYS)));
    }

    /** 家用汽车产品修理更换退货责任规定 (2021), 市场监管总局令第43号 (§5). */
    public static Policy householdCar2021() {
        String zh = "家用汽车产品修理更换退货责任规定";
        String en = "2021 car rule";
        StartEvent start = StartEvent.LATER_OF_INVOICE_AND_DELIVERY;
        ProductTerms car = new ProductTerms("household-car", "家用汽车产品", start,
                List.of(new Coverage("whole-unit", Kind.WHOLE_UNIT, Set.of(), Optional.of(Term.yearsOrKm(2, 50_000, PRIMARY)),
                        Optional.of(Term.yearsOrKm(3, 60_000, PRIMARY)))),
                Optional.empty(), Optional.of(new Rate(new BigDecimal("0.005"), PRIMARY)));
        Set<Remedy> carOrRefund = Set.of(EXCHANGE, REFUND);
        Citation art24 = new Citation(zh + "第24条第1款第2项、第2款、第27条", en + " Art 24 ¶1(2), ¶2, Art 27", PRIMARY);
        return new Policy(CAR_2021, zh, "Household car repair, exchange and return rule (2021)", Applicability.statute(),
                new ClockTerms(false, 0, Restart.WHOLE_UNIT, PRIMARY, false), List.of(car), List.of(
                new Rule.EarlyFault("CAR.V6", art(zh, 22, en, PRIMARY), start, 7, Term.NO_KM_LIMIT, Set.of(Fault.Trait.POWERTRAIN),
                        ANY_COMPONENT, carOrRefund),
                new Rule.EarlyFault("CAR.V7", art(zh, 23, en, PRIMARY), start, 60, 3000, Set.of(Fault.Trait.CRITICAL_FAILURE),
                        ANY_COMPONENT, carOrRefund),
                new Rule.EarlyFault("CAR.V4", art(zh, 20, en, PRIMARY), start, 60, 3000, Set.of(Fault.Trait.POWERTRAIN),
                        ANY_COMPONENT, Set.of(PART_REPLACEMENT)),
                new Rule.Loaner("CAR.V5", art(zh, 21, en, PRIMARY), Threshold.moreThan(5)),
                new Rule.RepeatedRepairs("CAR.V8", new Citation(zh + "第24条第1款第1项、第27条", en + " Art 24 ¶1(1), Art 27", PRIMARY),
                        Threshold.atLeast(2), false, Set.of(Fault.Trait.SERIOUS_SAFETY), carOrRefund, Basis.USAGE_FEE),
                new Rule.RepeatedReplacements("CAR.V9", art24, Threshold.atLeast(2), CAR_ASSEMBLIES, Set.of(), carOrRefund,
                        Basis.USAGE_FEE),
                new Rule.RepeatedReplacements("CAR.V10", new Citation(zh + "第24条第1款第3项、第2款、第27条", en + " Art 24 ¶1(3), ¶2, Art 27",
                        PRIMARY), Threshold.atLeast(2), ANY_COMPONENT, CAR_MAIN_PART_SYSTEMS, carOrRefund, Basis.USAGE_FEE),
                new Rule.LongRepair("CAR.V11-DAYS", new Citation(zh + "第24条第1款第4项、第3款、第27条", en + " Art 24 ¶1(4), ¶3, Art 27", PRIMARY),
                        true, Threshold.moreThan(30), Set.of(), carOrRefund, Basis.USAGE_FEE, Payer.SELLER),
                new Rule.RepeatedRepairs("CAR.V11-TIMES", new Citation(zh + "第24条第1款第4项、第27条", en + " Art 24 ¶1(4), Art 27", PRIMARY),
                        Threshold.moreThan(4), false, ANY_FAULT, carOrRefund, Basis.USAGE_FEE),
                new Rule.InPeriod("CAR.V1", new Citation(zh + "第15条、第19条", en + " Arts 15, 19", PRIMARY), ANY_COMPONENT,
                        Set.of(FREE_REPAIR), Costs.FREE),
                new Rule.Breakdown("CAR.V3", art(zh, 15, en, PRIMARY), Payer.REPAIRER),
                new Rule.NoSameBrandModel("CAR.V12", art(zh, 25, en, PRIMARY)),
                new Rule.AccompanyingFees("CAR.V13", art(zh, 26, en, PRIMARY)),
                new Rule.AnswerDeadlines("CAR.ART28", art(zh, 28, en, PRIMARY), 10, 20),
                new Rule.OutOfPeriod("CAR.PAID", new Citation(zh + "第18条（包修期外）", en + " Art 18 (after the free-repair period)", PRIMARY),
                        Costs.CUSTOMER_PAYS),
                new Rule.Excluded("CAR.EXCL", art(zh, 32, en, PRIMARY),
                        Set.of(Cause.DISCLOSED_DEFECT, Cause.MISUSE, Cause.UNAUTHORISED_MODIFICATION_OR_DISASSEMBLY, Cause.FORCE_MAJEURE),
                        Costs.CUSTOMER_PAYS)));
    }

    /**
     * 移动电话机商品修理更换退货责任规定 (2001) (§3). Claims on the handset use {@link Claim#WHOLE_UNIT}; accessories
     * their own keys. The charger's 1 year and the restart after an exchange are unverified.
     */
    public static Policy mobilePhone2001() {
        String zh = "移动电话机商品修理更换退货责任规定";
        String en = "2001 mobile-phone rule";
        Set<String> accessories = Set.of("battery", "charger", "wired-headset", "terminal-card", "data-card");
        ProductTerms phone = new ProductTerms("mobile-phone", "移动电话机", StartEvent.INVOICE, List.of(
                Coverage.wholeUnit(Term.years(1, SECONDARY)),
                Coverage.accessory("battery", Set.of("battery"), Term.months(6, SECONDARY)),
                Coverage.accessory("wired-headset", Set.of("wired-headset"), Term.months(3, SECONDARY)),
                Coverage.accessory("charger", Set.of("charger"), Term.years(1, UNVERIFIED)),
                Coverage.accessory("terminal-card", Set.of("terminal-card"), Term.years(1, SECONDARY)),
                Coverage.accessory("data-card", Set.of("data-card"), Term.years(1, SECONDARY))),
                Optional.of(new Rate(new BigDecimal("0.005"), SECONDARY)), Optional.empty());
        Citation noArticle = new Citation(zh + "（条号未查得）", en + " (article number not retrieved)", SECONDARY_VERBATIM);
        return new Policy(MOBILE_2001, zh, "Mobile phone repair, exchange and return rule (2001)", Applicability.statute(),
                new ClockTerms(true, 0, Restart.NONE, UNVERIFIED, false), List.of(phone), List.of(
                new Rule.EarlyFault("MOBILE.M1", art(zh, 11, en, SECONDARY_VERBATIM), StartEvent.INVOICE, 7, Term.NO_KM_LIMIT, ANY_FAULT,
                        Set.of(Claim.WHOLE_UNIT), Set.of(REFUND, EXCHANGE, FREE_REPAIR)),
                new Rule.EarlyFault("MOBILE.M2", art(zh, 12, en, SECONDARY_VERBATIM), StartEvent.INVOICE, 15, Term.NO_KM_LIMIT, ANY_FAULT,
                        Set.of(Claim.WHOLE_UNIT), Set.of(EXCHANGE, FREE_REPAIR)),
                new Rule.RepeatedRepairs("MOBILE.M3", new Citation(zh + "（两次修理条款）、第19条", en + " (two-repairs clause), Art 19", SECONDARY),
                        Threshold.atLeast(2), false, ANY_FAULT, Set.of(EXCHANGE, REFUND), Basis.DAILY_DEPRECIATION),
                new Rule.LongRepair("MOBILE.M4", noArticle, false, Threshold.moreThan(60), Set.of(Delay.PARTS_NOT_SUPPLIED),
                        Set.of(EXCHANGE, REFUND), Basis.DAILY_DEPRECIATION, Payer.SELLER),
                new Rule.LongRepair("MOBILE.M5", new Citation(zh + "（条号未查得）", en + " (article number not retrieved)", SECONDARY), false,
                        Threshold.moreThan(30), Set.of(Delay.REPAIRER), Set.of(EXCHANGE, REFUND), Basis.DAILY_DEPRECIATION, Payer.SELLER),
                new Rule.AgreedExchangeDate("MOBILE.M10", new Citation(zh + "第18条（工商总局答复：约定换货日期）",
                        en + " Art 18 (SAIC reply: an agreed exchange date)", SECONDARY_VERBATIM)),
                new Rule.NoSameModel("MOBILE.M6", art(zh, 18, en, SECONDARY_VERBATIM)),
                new Rule.InPeriod("MOBILE.M8", noArticle, accessories, Set.of(PART_REPLACEMENT), Costs.FREE),
                new Rule.RepeatedReplacements("MOBILE.M9", noArticle, Threshold.atLeast(2), accessories, Set.of(), Set.of(REFUND),
                        Basis.ACCESSORY_PRICE),
                new Rule.ProofTiers("MOBILE.PROOF", new Citation(zh + "（发票及三包凭证遗失的三种情形）", en + " (lost invoice and 三包凭证: three tiers)",
                        SECONDARY_VERBATIM), Set.of(EXCHANGE, PART_REPLACEMENT, FREE_REPAIR), Optional.of(90), Set.of(FREE_REPAIR),
                        Costs.CUSTOMER_PAYS),
                new Rule.InPeriod("MOBILE.FREE", new Citation(zh + "第6条", en + " Art 6", SECONDARY), ANY_COMPONENT,
                        Set.of(FREE_REPAIR), REPAIRER_REPAIRS),
                new Rule.OutOfPeriod("MOBILE.PAID", new Citation(zh + "第6条", en + " Art 6", SECONDARY), Costs.CUSTOMER_PAYS),
                new Rule.Excluded("MOBILE.EXCL", new Citation(zh + "（除外情形，部分）", en + " (exclusions, partial)", SECONDARY),
                        Set.of(Cause.MISUSE, Cause.UNAUTHORISED_MODIFICATION_OR_DISASSEMBLY, Cause.FORCE_MAJEURE), Costs.CUSTOMER_PAYS)));
    }

    /**
     * 微型计算机商品修理更换退货责任规定 (2002) (§4). Only the notebook row is known; the desktop row, the depreciation
     * rate (so no refund after repeated repairs), the delay thresholds and the restart are unverified.
     */
    public static Policy microcomputer2002() {
        String zh = "微型计算机商品修理更换退货责任规定";
        String en = "2002 microcomputer rule";
        Set<String> notebookMainParts = Set.of("mainboard", "cpu", "memory", "display", "hard-disk", "keyboard", "power-adapter");
        ProductTerms notebook = new ProductTerms("notebook-computer", "便携式微型计算机", StartEvent.INVOICE, List.of(
                Coverage.wholeUnit(Term.years(1, SECONDARY)),
                Coverage.mainParts(notebookMainParts, Term.years(2, SECONDARY))),
                Optional.empty(), Optional.empty());
        ProductTerms desktop = new ProductTerms("desktop-computer", "台式微型计算机", StartEvent.INVOICE, List.of(
                Coverage.unknown("whole-unit", Kind.WHOLE_UNIT, Set.of()), Coverage.unknown("main-parts", Kind.MAIN_PARTS, Set.of())),
                Optional.empty(), Optional.empty());
        return new Policy(MICRO_2002, zh, "Microcomputer repair, exchange and return rule (2002)", Applicability.statute(),
                new ClockTerms(true, 0, Restart.NONE, UNVERIFIED, true), List.of(notebook, desktop), List.of(
                new Rule.EarlyFault("MICRO.C3", art(zh, 11, en, SECONDARY), StartEvent.INVOICE, 7, Term.NO_KM_LIMIT, ANY_FAULT,
                        ANY_COMPONENT, Set.of(REFUND, EXCHANGE, FREE_REPAIR)),
                new Rule.EarlyFault("MICRO.C4", art(zh, 12, en, SECONDARY), StartEvent.INVOICE, 15, Term.NO_KM_LIMIT, ANY_FAULT,
                        ANY_COMPONENT, Set.of(EXCHANGE, FREE_REPAIR)),
                new Rule.RepeatedRepairs("MICRO.C5", new Citation(zh + "（两次修理条款，条号未查得）", en + " (two-repairs clause, article not retrieved)",
                        SECONDARY), Threshold.atLeast(2), false, ANY_FAULT, Set.of(EXCHANGE), Basis.FULL_PRICE),
                new Rule.InPeriod("MICRO.C2", new Citation(zh + "第10条第2款", en + " Art 10 ¶2", SECONDARY_VERBATIM), notebookMainParts,
                        Set.of(PART_REPLACEMENT, FREE_REPAIR), new Costs(Payer.REPAIRER, Payer.REPAIRER, Payer.CUSTOMER)),
                new Rule.InPeriod("MICRO.C1", art(zh, 10, en, SECONDARY_VERBATIM), ANY_COMPONENT, Set.of(FREE_REPAIR),
                        REPAIRER_REPAIRS),
                new Rule.ProofTiers("MICRO.PROOF", new Citation(zh + "第9条（凭证遗失）及除外情形第4项", en + " Art 9 (lost documents) and exclusion 4",
                        SECONDARY_VERBATIM), Set.of(EXCHANGE, PART_REPLACEMENT, FREE_REPAIR), Optional.empty(), Set.of(),
                        Costs.CUSTOMER_PAYS),
                new Rule.OutOfPeriod("MICRO.PAID", art(zh, 10, en, SECONDARY_VERBATIM), Costs.CUSTOMER_PAYS),
                new Rule.Excluded("MICRO.EXCL", new Citation(zh + "（除外情形）", en + " (exclusions)", SECONDARY),
                        Set.of(Cause.MISUSE, Cause.UNAUTHORISED_MODIFICATION_OR_DISASSEMBLY, Cause.PIRATED_SOFTWARE, Cause.VIRUS,
                                Cause.FORCE_MAJEURE), Costs.CUSTOMER_PAYS)));
    }

    /**
     * 消费者权益保护法 §24: the fallback where no specific 三包 regulation covers the product (§6.1). After the 7 days,
     * exchange or repair is owed for a quality problem the consumer raises within the period of {@link #CPL_24_PERIOD}:
     * §24 names none, so the period is 民法典 §621 ¶2's outer limit for notifying a quality defect, two years from
     * receipt ({@link Source#INFERENCE}; configure another with {@link Policy#withProduct}). After it the fallback owes
     * nothing, so it never offers an exchange without end.
     */
    public static Policy consumerLaw24() {
        String zh = "消费者权益保护法";
        Citation art24 = new Citation(zh + "第24条", "Consumer Rights Protection Law §24", PRIMARY);
        Citation period = new Citation(zh + "第24条；期限依民法典第621条第2款（自收到标的物之日起二年）",
                "Consumer Rights Protection Law §24; period per Civil Code §621 ¶2 (two years from receipt)", INFERENCE);
        return new Policy(CPL_24, zh + "第24条", "Consumer Rights Protection Law §24", Applicability.statutoryFallback(),
                new ClockTerms(false, 0, Restart.NONE, PRIMARY, false),
                List.of(new ProductTerms(ProductTerms.ANY_PRODUCT, "任何商品", StartEvent.DELIVERY,
                        List.of(Coverage.wholeUnit(CPL_24_PERIOD)), Optional.empty(), Optional.empty())), List.of(
                new Rule.EarlyFault("CPL.24-7D", art24, StartEvent.DELIVERY, 7, Term.NO_KM_LIMIT, ANY_FAULT, ANY_COMPONENT,
                        Set.of(REFUND, EXCHANGE, FREE_REPAIR)),
                new Rule.InPeriod("CPL.24", period, ANY_COMPONENT, Set.of(EXCHANGE, FREE_REPAIR), Costs.FREE)));
    }

    /** The period of the §24 fallback after its 7 days: 民法典 §621 ¶2's two years from receipt [inference]. */
    public static final Term CPL_24_PERIOD = Term.years(2, INFERENCE);

    /** 消费者权益保护法 §25: the 7-day no-reason return for distance sales, on top of any other rule (§6.1). */
    public static Policy consumerLaw25() {
        String zh = "消费者权益保护法";
        return new Policy(CPL_25, zh + "第25条", "Consumer Rights Protection Law §25", Applicability.statute(),
                new ClockTerms(false, 0, Restart.NONE, PRIMARY, false), List.of(anyProduct()), List.of(
                new Rule.NoReasonReturn("CPL.25", new Citation(zh + "第25条", "Consumer Rights Protection Law §25", PRIMARY), 7)));
    }

    private static ProductTerms goods(String key, String zh, int unitYears, int partYears, Set<String> parts, String rate, Source source) {
        return new ProductTerms(key, zh, StartEvent.INVOICE,
                List.of(Coverage.wholeUnit(Term.years(unitYears, source)), Coverage.mainParts(parts, Term.years(partYears, source))),
                Optional.of(new Rate(new BigDecimal(rate), source)), Optional.empty());
    }

    /** 2011 flat-panel TVs: the clock starts when delivery, installation and commissioning are finished. */
    private static ProductTerms flatTv(String key, String zh, Set<String> parts) {
        return new ProductTerms(key, zh, StartEvent.ACCEPTANCE,
                List.of(Coverage.wholeUnit(Term.years(1, SECONDARY_VERBATIM)), Coverage.mainParts(parts, Term.years(3, SECONDARY_VERBATIM))),
                Optional.of(new Rate(new BigDecimal("0.001"), SECONDARY_VERBATIM)), Optional.empty());
    }

    /** A catalog row whose periods, main parts and rate are all unverified. */
    private static ProductTerms unknownGoods(String key, String zh) {
        return new ProductTerms(key, zh, StartEvent.INVOICE,
                List.of(Coverage.unknown("whole-unit", Kind.WHOLE_UNIT, Set.of()), Coverage.unknown("main-parts", Kind.MAIN_PARTS, Set.of())),
                Optional.empty(), Optional.empty());
    }

    /** Refrigerator, washing machine: 1 and 3 years from secondary sources; main-part names and rate unverified. */
    private static ProductTerms periodsOnly(String key, String zh) {
        return new ProductTerms(key, zh, StartEvent.INVOICE,
                List.of(Coverage.wholeUnit(Term.years(1, SECONDARY)), Coverage.mainParts(Set.of(), Term.years(3, SECONDARY))),
                Optional.empty(), Optional.empty());
    }

    private static ProductTerms anyProduct() {
        return new ProductTerms(ProductTerms.ANY_PRODUCT, "任何商品", StartEvent.DELIVERY, List.of(), Optional.empty(), Optional.empty());
    }

    private static Citation art(String zh, int article, String en, Source source) {
        return new Citation(zh + "第" + article + "条", en + " Art " + article, source);
    }

    private static Citation exclusions(String zh, String en) {
        return new Citation(zh + "（不实行三包但可收费修理的情形，条号未查得）", en + " (no 三包 but paid repair; article not retrieved)",
                SECONDARY_VERBATIM);
    }
}
