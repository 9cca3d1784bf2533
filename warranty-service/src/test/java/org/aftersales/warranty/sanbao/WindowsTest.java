package org.aftersales.warranty.sanbao;

import static org.aftersales.warranty.sanbao.Fixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The day and kilometre windows at their boundaries: 7/8, 15/16, 60/61 days and 3,000/3,001 km. */
class WindowsTest {

    private final SanbaoEngine engine = Fixtures.statutoryEngine();

    @ParameterizedTest(name = "{0} {1} [{2}] day {3}, {4} km -> {5} by {6}")
    @CsvSource({
            // product,       component,  traits,           day, km,   remedy,           rule
            "colour-tv,       whole-unit, '',               7,   0,    REFUND,           1995.R1",
            "colour-tv,       whole-unit, '',               8,   0,    EXCHANGE,         1995.R2",
            "colour-tv,       whole-unit, '',               15,  0,    EXCHANGE,         1995.R2",
            "colour-tv,       whole-unit, '',               16,  0,    FREE_REPAIR,      1995.R9",
            "mobile-phone,    whole-unit, '',               7,   0,    REFUND,           MOBILE.M1",
            "mobile-phone,    whole-unit, '',               8,   0,    EXCHANGE,         MOBILE.M2",
            "mobile-phone,    whole-unit, '',               15,  0,    EXCHANGE,         MOBILE.M2",
            "mobile-phone,    whole-unit, '',               16,  0,    FREE_REPAIR,      MOBILE.FREE",
            "mobile-phone,    battery,    '',               7,   0,    PART_REPLACEMENT, MOBILE.M8",
            "mobile-phone,    battery,    '',               184, 0,    PART_REPLACEMENT, MOBILE.M8",
            "mobile-phone,    battery,    '',               185, 0,    PAID_REPAIR,      MOBILE.PAID",
            "notebook-computer, whole-unit, '',             7,   0,    REFUND,           MICRO.C3",
            "notebook-computer, whole-unit, '',             8,   0,    EXCHANGE,         MICRO.C4",
            "notebook-computer, whole-unit, '',             16,  0,    FREE_REPAIR,      MICRO.C1",
            "electric-kettle, whole-unit, '',               7,   0,    REFUND,           CPL.24-7D",
            "electric-kettle, whole-unit, '',               8,   0,    EXCHANGE,         CPL.24",
            // §24 after 7 days: exchange or repair within two years of receipt (民法典 §621 ¶2), never without end
            "electric-kettle, whole-unit, '',               730, 0,    EXCHANGE,         CPL.24",
            "electric-kettle, whole-unit, '',               731, 0,    NO_OBLIGATION,    NONE",
            "electric-kettle, whole-unit, '',               900, 0,    NO_OBLIGATION,    NONE",
            "household-car,   whole-unit, POWERTRAIN,       7,   500,  REFUND,           CAR.V6",
            "household-car,   whole-unit, POWERTRAIN,       8,   500,  PART_REPLACEMENT, CAR.V4",
            "household-car,   whole-unit, POWERTRAIN,       60,  3000, PART_REPLACEMENT, CAR.V4",
            "household-car,   whole-unit, POWERTRAIN,       61,  3000, FREE_REPAIR,      CAR.V1",
            "household-car,   whole-unit, POWERTRAIN,       30,  3001, FREE_REPAIR,      CAR.V1",
            "household-car,   whole-unit, CRITICAL_FAILURE, 60,  3000, REFUND,           CAR.V7",
            "household-car,   whole-unit, CRITICAL_FAILURE, 61,  100,  FREE_REPAIR,      CAR.V1",
            "household-car,   whole-unit, CRITICAL_FAILURE, 30,  3001, FREE_REPAIR,      CAR.V1",
            "household-car,   whole-unit, '',               3,   100,  FREE_REPAIR,      CAR.V1",
    })
    void remedyAtTheWindowBoundary(String product, String component, String traits, int day, long km, Remedy remedy, String rule) {
        Fault.Trait[] faultTraits = traits.isEmpty() ? new Fault.Trait[0]
                : Arrays.stream(traits.split(";")).map(Fault.Trait::valueOf).toArray(Fault.Trait[]::new);

        Decision decision = engine.decide(claim(product).component(component).fault("F1", faultTraits).onDay(day).km(km).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
        assertThat(decision.ruleId()).isEqualTo(rule);
    }

    @ParameterizedTest(name = "car delivered on day 10, claim on day {0} -> {1}")
    @CsvSource({"17, REFUND", "18, PART_REPLACEMENT"})
    void carWindowsRunFromTheLaterDeliveryDate(int day, Remedy remedy) {
        Decision decision = engine.decide(claim("household-car").deliveredOnDay(10).fault("E1", Fault.Trait.POWERTRAIN)
                .onDay(day).km(100).build());

        assertThat(decision.remedy()).isEqualTo(remedy);
    }

    @ParameterizedTest(name = "1995 R1 offers {0}")
    @CsvSource({"REFUND", "EXCHANGE", "FREE_REPAIR"})
    void theCustomerChoosesWithinSevenDays(Remedy option) {
        Decision decision = engine.decide(claim("colour-tv").onDay(3).build());

        assertThat(decision.options()).contains(option);
    }
}
