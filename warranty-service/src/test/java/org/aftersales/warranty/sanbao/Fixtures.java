package org.aftersales.warranty.sanbao;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aftersales.warranty.sanbao.Assessment.Cause;
import org.aftersales.warranty.sanbao.ClockTerms.Restart;

/** Claims and contract policies for the engine's tables. Day numbers count from {@link #D0}, the invoice date. */
final class Fixtures {

    static final LocalDate D0 = LocalDate.of(2024, 3, 1);
    static final String CONTRACT = "C-002";

    private Fixtures() {
    }

    /** Noon (China time) of day {@code day} after {@link #D0}. */
    static Instant at(long day) {
        return D0.plusDays(day).atTime(LocalTime.NOON).toInstant(Claim.CHINA_TIME);
    }

    static ClaimBuilder claim(String product) {
        return new ClaimBuilder(product);
    }

    /**
     * Visits laid end to end from day 20, one day apart. Spec per visit {@code code/hours[/delay[/waitingDays[/nonCountingHours]]]},
     * visits separated by {@code ;}.
     */
    static List<RepairVisit> visits(String spec) {
        List<RepairVisit> visits = new ArrayList<>();
        Instant start = at(20);
        for (String one : spec.split(";")) {
            String[] f = one.split("/");
            long hours = Long.parseLong(f[1]);
            Instant end = start.plus(Duration.ofHours(hours));
            visits.add(new RepairVisit(Claim.WHOLE_UNIT, start, Optional.of(end), f[0], false, false,
                    f.length > 3 ? Integer.parseInt(f[3]) : 0,
                    f.length > 2 ? RepairVisit.Delay.valueOf(f[2]) : RepairVisit.Delay.NONE,
                    Duration.ofHours(f.length > 4 ? Long.parseLong(f[4]) : 0)));
            start = end.plus(Duration.ofDays(1));
        }
        return visits;
    }

    static List<RepairVisit> sameFault(int count, long hours) {
        return visits(String.join(";", Collections.nCopies(count, "F1/" + hours)));
    }

    /** Seed 002 as a contract policy: whole unit {@code years} from acceptance, 2 repairs in a row → new unit, loaner after 2 days. */
    static Policy seed002(int years) {
        String id = CONTRACT;
        return new Policy(id, "合同 " + id + " 服务承诺", "contract " + id + " service commitment", Applicability.contract(id),
                new ClockTerms(false, 60, Restart.REPLACED_PART, Source.PRIMARY, false),
                List.of(new ProductTerms(ProductTerms.ANY_PRODUCT, "合同设备", StartEvent.ACCEPTANCE,
                        List.of(Coverage.wholeUnit(Term.years(years, Source.PRIMARY))), Optional.empty(), Optional.empty())),
                List.of(
                        new Rule.RepeatedRepairs(id + ".REPEAT", cite("同一设备同一故障连续修理2次仍未修好，更换同品牌同型号新设备"),
                                Threshold.atLeast(2), true, Set.of(), Set.of(Remedy.EXCHANGE), Refund.Basis.FULL_PRICE),
                        new Rule.Loaner(id + ".LOANER", cite("维修超过2天免费提供备用机"), Threshold.moreThan(2)),
                        new Rule.InPeriod(id + ".FREE", cite("保修期内免费维修，含上门"), Set.of(), Set.of(Remedy.FREE_REPAIR), Costs.FREE),
                        new Rule.OutOfPeriod(id + ".OOW", cite("保修期外配件按成本价，免收人工费"),
                                new Costs(Payer.CUSTOMER_AT_COST, Payer.SELLER, Payer.CUSTOMER)),
                        new Rule.Excluded(id + ".EXCL", cite("除外：误用、擅自改装拆机、环境不符、意外、不可抗力、易耗品"),
                                Set.of(Cause.MISUSE, Cause.UNAUTHORISED_MODIFICATION_OR_DISASSEMBLY, Cause.ENVIRONMENT_OUT_OF_SPEC,
                                        Cause.ACCIDENT, Cause.FORCE_MAJEURE, Cause.CONSUMABLE),
                                Costs.CUSTOMER_PAYS)));
    }

    private static Citation cite(String clause) {
        return new Citation("合同条款：" + clause, "contract clause: " + clause, Source.PRIMARY);
    }

    static SanbaoEngine statutoryEngine() {
        return new SanbaoEngine(StatutoryPolicies.all(), WorkingDayCalendar.CALENDAR_DAYS_ONLY);
    }

    static SanbaoEngine engineWith(Policy... extra) {
        List<Policy> policies = new ArrayList<>(StatutoryPolicies.all());
        policies.addAll(Arrays.asList(extra));
        return new SanbaoEngine(policies, WorkingDayCalendar.CALENDAR_DAYS_ONLY);
    }

    /** A mutable builder for claims: consumer purchase, invoice on {@link #D0}, fault F1, not assessed. */
    static final class ClaimBuilder {
        private final String product;
        private String component = Claim.WHOLE_UNIT;
        private BigDecimal price = new BigDecimal("3000.00");
        private Optional<BigDecimal> usageCoefficient = Optional.empty();
        private Purchase purchase = new Purchase(Purchase.Buyer.CONSUMER, false, Optional.empty(), true, Optional.empty());
        private Optional<LocalDate> delivery = Optional.empty();
        private Instant claimedAt = at(1);
        private long km;
        private Fault fault = new Fault("F1", Set.of());
        private List<RepairVisit> repairs = List.of();
        private List<Replacement> replacements = List.of();
        private Assessment assessment = Assessment.notAssessed();
        private Optional<Boolean> sameModelInStock = Optional.empty();
        private Claim.Circumstances circumstances = Claim.Circumstances.NONE;

        private ClaimBuilder(String product) {
            this.product = product;
        }

        ClaimBuilder component(String value) {
            component = value;
            return this;
        }

        ClaimBuilder price(String value) {
            price = new BigDecimal(value);
            return this;
        }

        ClaimBuilder usageCoefficient(String value) {
            usageCoefficient = Optional.of(new BigDecimal(value));
            return this;
        }

        ClaimBuilder purchase(Purchase value) {
            purchase = value;
            return this;
        }

        ClaimBuilder deliveredOnDay(long day) {
            delivery = Optional.of(D0.plusDays(day));
            return this;
        }

        ClaimBuilder onDay(long day) {
            claimedAt = at(day);
            return this;
        }

        ClaimBuilder on(LocalDate date) {
            claimedAt = date.atTime(LocalTime.NOON).toInstant(Claim.CHINA_TIME);
            return this;
        }

        ClaimBuilder claimedAt(Instant value) {
            claimedAt = value;
            return this;
        }

        ClaimBuilder km(long value) {
            km = value;
            return this;
        }

        ClaimBuilder fault(String code, Fault.Trait... traits) {
            fault = new Fault(code, Set.of(traits));
            return this;
        }

        ClaimBuilder repairs(List<RepairVisit> value) {
            repairs = value;
            return this;
        }

        ClaimBuilder replaced(LocalDate date, String part) {
            replacements = List.of(new Replacement(date, part));
            return this;
        }

        ClaimBuilder replacements(List<Replacement> value) {
            replacements = value;
            return this;
        }

        ClaimBuilder circumstances(Claim.Circumstances value) {
            circumstances = value;
            return this;
        }

        ClaimBuilder assessment(Assessment value) {
            assessment = value;
            return this;
        }

        ClaimBuilder sameModelInStock(Optional<Boolean> value) {
            sameModelInStock = value;
            return this;
        }

        Claim build() {
            return new Claim(product, component, price, usageCoefficient, purchase,
                    new Claim.Dates(D0, delivery, Optional.empty()), claimedAt, km, fault, repairs, replacements, assessment,
                    sameModelInStock, circumstances);
        }
    }
}
