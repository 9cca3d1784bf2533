package org.aftersales.warranty.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.aftersales.warranty.commitment.Commitment;
import org.aftersales.warranty.commitment.CommitmentTemplates;
import org.aftersales.warranty.commitment.WarrantyTerms;
import org.aftersales.warranty.sanbao.Applicability;
import org.aftersales.warranty.sanbao.ClockTerms;
import org.aftersales.warranty.sanbao.Coverage;
import org.aftersales.warranty.sanbao.Policy;
import org.aftersales.warranty.sanbao.ProductTerms;
import org.aftersales.warranty.sanbao.Remedy;
import org.aftersales.warranty.sanbao.Rule;
import org.aftersales.warranty.sanbao.StartEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A commitment (the seeds' templates) as the engine policy claims under its contract are decided with. */
class CommitmentPolicyTest {

    static final CommitmentTemplates TEMPLATES = CommitmentTemplates.load();

    static Policy policy(String template, List<WarrantyTerms.ComponentPeriod> own) {
        Commitment commitment = TEMPLATES.byId(template).orElseThrow();
        return CommitmentPolicy.of("c-1", "HT-1", commitment, own);
    }

    @ParameterizedTest(name = "{0}: rules {1}, {2} days per outage, restart {3}")
    @CsvSource(delimiter = '|', textBlock = """
            seed-000-network-systems | REPEAT FREE OOW EXCL        | 0  | NONE
            seed-001-plant-equipment | FREE OOW                    | 0  | REPLACED_PART
            seed-002-hospital-it     | REPEAT LOANER FREE OOW      | 60 | NONE
            seed-003-field-equipment | FREE                        | 0  | NONE
            """)
    void each_template_becomes_its_rules_and_clock(String template, String rules, int daysPerOutage,
            ClockTerms.Restart restart) {
        Policy policy = policy(template, List.of());

        assertThat(policy.id()).isEqualTo("CONTRACT.HT-1");
        assertThat(policy.applicability()).isEqualTo(Applicability.contract("c-1"));
        assertThat(policy.rules()).extracting(Rule::id)
                .containsExactly(Arrays.stream(rules.split(" ")).map(r -> "CONTRACT.HT-1." + r).toArray(String[]::new));
        assertThat(policy.clock().daysPerUnresolvedOutage()).isEqualTo(daysPerOutage);
        assertThat(policy.clock().restart()).isEqualTo(restart);
        assertThat(policy.clock().extendByRepairTime()).isFalse();
        assertThat(policy.clock().lastDayRollsPastHoliday()).isFalse();
    }

    @Test
    void repeated_failure_counts_in_a_row_and_gives_a_new_unit() {
        Rule.RepeatedRepairs rule = (Rule.RepeatedRepairs) policy("seed-002-hospital-it", List.of()).rules().get(0);

        assertThat(rule.consecutive()).isTrue();
        assertThat(rule.repairs().value()).isEqualTo(2);
        assertThat(rule.repairs().strict()).isFalse();
        assertThat(rule.choices()).containsExactly(Remedy.EXCHANGE);
    }

    @Test
    void a_loaner_after_two_days_and_none_for_the_factory_only_rule_of_seed_003() {
        Rule.Loaner loaner = (Rule.Loaner) policy("seed-002-hospital-it", List.of()).rules().get(1);

        assertThat(loaner.days().value()).isEqualTo(2);
        assertThat(loaner.days().strict()).isTrue();
        assertThat(policy("seed-003-field-equipment", List.of()).rules()).noneMatch(r -> r instanceof Rule.Loaner);
    }

    @ParameterizedTest(name = "{0} with own {1}: coverages {2}")
    @CsvSource(delimiter = '|', textBlock = """
            seed-002-hospital-it     |                  | whole-unit:P1Y
            seed-001-plant-equipment |                  | whole-unit:P3Y main-parts[key-components]:P5Y
            seed-001-plant-equipment | Compressor:P7Y   | whole-unit:P3Y main-parts[key-components]:P5Y \
                                                          main-parts[compressor]:P7Y
            """)
    void the_whole_unit_the_commitments_and_the_devices_own_component_periods_are_coverages(String template,
            String own, String coverages) {
        List<WarrantyTerms.ComponentPeriod> ownPeriods = own == null ? List.of()
                : List.of(new WarrantyTerms.ComponentPeriod(own.split(":")[0], Period.parse(own.split(":")[1])));
        ProductTerms row = policy(template, ownPeriods).products().getFirst();

        assertThat(row.key()).isEqualTo(ProductTerms.ANY_PRODUCT);
        assertThat(row.start()).isEqualTo(StartEvent.ACCEPTANCE);
        assertThat(row.coverages()).extracting(CommitmentPolicyTest::describe)
                .containsExactly(coverages.trim().split("\\s+"));
    }

    static String describe(Coverage coverage) {
        return coverage.id() + (coverage.kind() == Coverage.Kind.WHOLE_UNIT ? "" : coverage.components().toString()
                .replace(" ", "")) + ":" + coverage.freeRepair().orElseThrow().period();
    }
}
