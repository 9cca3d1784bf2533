package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.aftersales.warranty.sanbao.Fixtures.visits;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.aftersales.warranty.sanbao.Assessment.Cause;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The trace: bilingual, and every rule of every applicable policy is in it. */
class TraceTest {

    private static final Purchase CONSUMER_UNDER_CONTRACT =
            new Purchase(Purchase.Buyer.CONSUMER, true, Optional.empty(), true, Optional.of(Fixtures.CONTRACT));
    private static final Policy CONTRACT = Fixtures.seed002(3);
    private static final SanbaoEngine ENGINE = Fixtures.engineWith(CONTRACT);

    static Stream<Arguments> claims() {
        return Stream.of(
                Arguments.of("1995 refund", claim("colour-tv").onDay(3).build()),
                Arguments.of("1995 two repairs", claim("colour-tv").repairs(visits("F1/24;F1/24")).onDay(100).build()),
                Arguments.of("1995 expired, contract", claim("colour-tv").purchase(CONSUMER_UNDER_CONTRACT).onDay(700).build()),
                Arguments.of("unverified row", claim("camcorder").onDay(100).build()),
                Arguments.of("car, long repairs", claim("household-car").repairs(visits("F1/200;F2/300;F1/400/NONE/2/10"))
                        .onDay(150).km(20_000).build()),
                Arguments.of("car window", claim("household-car").fault("B1", Fault.Trait.CRITICAL_FAILURE).onDay(10).km(500).build()),
                Arguments.of("phone battery", claim("mobile-phone").component("battery").onDay(30).build()),
                Arguments.of("notebook main part", claim("notebook-computer").component("cpu").onDay(500).build()),
                Arguments.of("misuse", claim("colour-tv").assessment(Assessment.notQualityProblem(Cause.MISUSE, "进水")).onDay(30).build()),
                Arguments.of("fallback", claim("electric-kettle").onDay(30).build()),
                Arguments.of("business, no contract", claim("electric-kettle")
                        .purchase(new Purchase(Purchase.Buyer.BUSINESS, false, Optional.empty(), true, Optional.empty())).onDay(30).build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void everyEntryHasChineseAndEnglish(String name, Claim claim) {
        List<TraceEntry> trace = ENGINE.decide(claim).trace();

        assertThat(trace).isNotEmpty().allSatisfy(e -> {
            assertThat(e.ruleId()).isNotBlank();
            assertThat(e.zh()).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(e.en()).isNotBlank().containsPattern("[A-Za-z]{3,}");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void everyRuleOfEveryApplicablePolicyIsTraced(String name, Claim claim) {
        Decision decision = ENGINE.decide(claim);
        List<Policy> policies = Stream.concat(StatutoryPolicies.all().stream(), Stream.of(CONTRACT)).toList();

        for (Policy policy : policies) {
            boolean applied = decision.trace().stream()
                    .anyMatch(e -> e.ruleId().equals("APPLIES") && e.policyId().equals(policy.id()) && e.fired());
            List<String> traced = decision.trace().stream().filter(e -> e.policyId().equals(policy.id())).map(TraceEntry::ruleId).toList();
            List<String> ruleIds = policy.rules().stream().map(Rule::id).toList();
            if (applied) {
                assertThat(traced).as(policy.id()).containsAll(ruleIds).contains("CLOCK", "OUTCOME");
            } else {
                assertThat(traced).as(policy.id()).containsExactly("APPLIES");
            }
        }
    }
}
