package org.aftersales.parts.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 备机: whether a loaner term lends a backup unit for a repair, as a table of cases (seeds 002 and 003). */
class LoanerTermsTest {

    @ParameterizedTest(name = "term {0}, only back to the factory {1}; repair {2}, to the factory {3} -> lent {4}")
    @CsvSource({
            // repairLongerThan, onlyWhenReturnedToFactory, expectedRepair, returnedToFactory, lent, refusal names
            // seed 002 (and the default): a repair longer than 2 days
            "P2D,   false, P3D,    false, true,  ''",
            "P2D,   false, PT49H,  false, true,  ''",
            "P2D,   false, P2D,    false, false, 'not longer than PT48H'",
            "P2D,   false, PT48H,  true,  false, 'not longer than PT48H'",
            "P2D,   false, P1D,    false, false, 'expected to take PT24H'",
            "P2D,   false, PT0S,   false, false, 'not longer than PT48H'",
            "P2D,   false, P5D,    true,  true,  ''",
            // seed 003: not fixed within 24 hours and back to the factory
            "PT24H, true,  P3D,    true,  true,  ''",
            "PT24H, true,  PT25H,  true,  true,  ''",
            "PT24H, true,  P3D,    false, false, 'does not go back to the factory'",
            "PT24H, true,  PT24H,  true,  false, 'not longer than PT24H'",
            "PT24H, true,  PT12H,  false, false, 'not longer than PT24H'",
    })
    void a_unit_is_lent_for_a_repair_longer_than_the_term_and_back_to_the_factory_where_the_term_says(
            String term, boolean onlyWhenReturnedToFactory, String expectedRepair, boolean returnedToFactory,
            boolean lent, String refusal) {
        LoanerTerms terms = new LoanerTerms(Duration.parse(term), onlyWhenReturnedToFactory);
        var why = terms.refusal(Duration.parse(expectedRepair), returnedToFactory);
        assertThat(why.isEmpty()).isEqualTo(lent);
        why.ifPresent(text -> assertThat(text).contains(refusal));
    }

    @ParameterizedTest(name = "{0}, {1} -> {2}")
    @CsvSource({
            "P2D,   false, a repair longer than PT48H",
            "PT24H, true,  a repair longer than PT24H and back to the factory",
    })
    void a_term_describes_itself(String term, boolean onlyWhenReturnedToFactory, String described) {
        assertThat(new LoanerTerms(Duration.parse(term), onlyWhenReturnedToFactory).describe()).isEqualTo(described);
    }
}
