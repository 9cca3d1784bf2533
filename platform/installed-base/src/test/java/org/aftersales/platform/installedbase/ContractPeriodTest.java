package org.aftersales.platform.installedbase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A contract applies from its first to its last day, both included, in its zone, and not after a termination. */
class ContractPeriodTest {

    @ParameterizedTest(name = "{0}..{1}, terminated {2}: in force on {3} = {4}")
    @CsvSource(nullValues = "-", value = {
            "2026-01-01, 2026-12-31, -,          2025-12-31, false",
            "2026-01-01, 2026-12-31, -,          2026-01-01, true",
            "2026-01-01, 2026-12-31, -,          2026-06-30, true",
            "2026-01-01, 2026-12-31, -,          2026-12-31, true",
            "2026-01-01, 2026-12-31, -,          2027-01-01, false",
            "2026-01-01, -,          -,          2099-01-01, true",
            "-,          2026-12-31, -,          2000-01-01, true",
            "2026-01-01, 2026-12-31, 2026-03-31, 2026-03-31, true",
            "2026-01-01, 2026-12-31, 2026-03-31, 2026-04-01, false",
            "2026-01-01, -,          2026-03-31, 2026-04-01, false",
            "2026-01-01, 2026-12-31, 2025-12-31, 2026-01-01, false"})
    void applies_from_its_first_to_its_last_day_in_force(LocalDate startsOn, LocalDate endsOn, LocalDate lastDayInForce,
            LocalDate day, boolean inForce) {
        assertThat(new ContractPeriod(startsOn, endsOn, lastDayInForce, ZoneId.of("Asia/Shanghai")).inForceOn(day))
                .isEqualTo(inForce);
    }

    @ParameterizedTest(name = "reported at {0} in {1}: in force = {2}")
    @CsvSource({
            "2026-12-31T15:59:59Z, Asia/Shanghai, true",
            "2026-12-31T16:00:00Z, Asia/Shanghai, false",
            "2025-12-31T16:00:00Z, Asia/Shanghai, true",
            "2025-12-31T15:59:59Z, Asia/Shanghai, false",
            "2026-12-31T23:59:59Z, UTC, true",
            "2027-01-01T00:00:00Z, UTC, false"})
    void the_day_of_a_report_is_counted_in_the_contracts_zone(Instant reportedAt, ZoneId zone, boolean inForce) {
        assertThat(new ContractPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), null, zone)
                .inForceAt(reportedAt)).isEqualTo(inForce);
    }
}
