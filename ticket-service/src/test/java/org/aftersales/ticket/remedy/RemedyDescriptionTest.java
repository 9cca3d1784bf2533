package org.aftersales.ticket.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.aftersales.events.device.RemedyDue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Chinese description of a ticket raised for a 三包 remedy. */
class RemedyDescriptionTest {

    static final UUID SOURCE = UUID.fromString("7f3e2d1c-0b9a-4e8f-a7d6-c5b4a3f2e1d0");

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            EXCHANGE | psu        | EXCHANGE,REFUND | 未修好 | 三包：部件 psu 故障 F1 已修理 2 次，应予更换（可选：更换、退货）。依据 GB R3：未修好
            REFUND   | whole-unit | REFUND          | null   | 三包：整机 故障 F1 已修理 2 次，应予退货（可选：退货）。依据 GB R3
            EXCHANGE | whole-unit | null            | null   | 三包：整机 故障 F1 已修理 2 次，应予更换。依据 GB R3
            EXCHANGE | display    | EXCHANGE,REPAIR | null   | 三包：部件 display 故障 F1 已修理 2 次，应予更换（可选：更换、REPAIR）。依据 GB R3
            """)
    void names_remedy_component_fault_repairs_rule_and_source(Remedy remedy, String component, String options,
            String reason, String expected) {
        RemedyDue due = due(remedy, component, options == null ? List.of() : List.of(options.split(",")), reason);

        assertThat(Remedies.description(due, remedy)).isEqualTo(expected + "；源工单 " + SOURCE);
    }

    @ParameterizedTest(name = "reason of {0} characters")
    @CsvSource({"3800, false", "3950, true", "10000, true"})
    void is_cut_to_the_4000_characters_of_a_ticket(int reasonLength, boolean cut) {
        String description = Remedies.description(
                due(Remedy.EXCHANGE, "power-supply", List.of("EXCHANGE"), "故".repeat(reasonLength)), Remedy.EXCHANGE);

        assertThat(description.length()).isLessThanOrEqualTo(4000);
        assertThat(description.endsWith("…")).isEqualTo(cut);
    }

    static RemedyDue due(Remedy remedy, String component, List<String> options, String reason) {
        return new RemedyDue(UUID.randomUUID(), "SN-1", "dealer-a/customer-a", "colour-tv", component, "F1",
                remedy.name(), options, 2, "GB", "R3", reason, null, SOURCE, Instant.now());
    }
}
