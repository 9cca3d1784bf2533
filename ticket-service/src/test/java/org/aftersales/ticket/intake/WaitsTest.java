package org.aftersales.ticket.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How long a ticket waited for parts, and why a late repair was late, from its lifecycle. */
class WaitsTest {

    static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

    /**
     * @param lifecycle actions at minutes after T0, e.g. {@code WAIT:PARTS@10 RESUME@70}
     */
    @ParameterizedTest(name = "{0} until minute {1}: parts {2} min, cause when late {3}")
    @CsvSource(nullValues = "-", value = {
            "ACKNOWLEDGE@0,                                         100, 0,   SERVICE",
            "WAIT:PARTS@10 RESUME@70,                               100, 60,  PARTS",
            "WAIT:PARTS@10 RESUME@70 WAIT:PARTS@80 RESUME@90,      100, 70,  PARTS",
            "WAIT:CUSTOMER@10 RESUME@70 WAIT:PARTS@80 RESUME@90,   100, 10,  CUSTOMER",
            "WAIT:MANUFACTURER@6 RESUME@95 WAIT:PARTS@0 RESUME@5,  100, 5,   MANUFACTURER",
            "WAIT:PARTS@40,                                         100, 60,  PARTS",
            "WAIT:PARTS@10 CANCEL@20,                               100, 10,  PARTS"})
    void waits_last_until_the_next_action(String lifecycle, int untilMinute, long partsMinutes, String lateCause) {
        Waits waits = Waits.of(steps(lifecycle), T0.plus(Duration.ofMinutes(untilMinute)));

        assertThat(waits.of(WaitingFor.PARTS)).isEqualTo(Duration.ofMinutes(partsMinutes));
        assertThat(waits.delayCause(true)).contains(lateCause);
        assertThat(waits.delayCause(false)).isEmpty();
    }

    private static List<Waits.Step> steps(String lifecycle) {
        List<Waits.Step> steps = new ArrayList<>();
        for (String step : lifecycle.trim().split("\\s+")) {
            String[] actionAndMinute = step.split("@");
            String[] actionAndWait = actionAndMinute[0].split(":");
            steps.add(new Waits.Step(TicketAction.valueOf(actionAndWait[0]),
                    actionAndWait.length > 1 ? WaitingFor.valueOf(actionAndWait[1]) : null,
                    T0.plus(Duration.ofMinutes(Integer.parseInt(actionAndMinute[1])))));
        }
        return steps;
    }
}
