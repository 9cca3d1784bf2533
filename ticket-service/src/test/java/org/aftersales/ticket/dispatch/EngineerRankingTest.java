package org.aftersales.ticket.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aftersales.ticket.dispatch.DutyCalendar.DutyHours;
import org.aftersales.ticket.dispatch.EngineerRanking.Candidate;
import org.aftersales.ticket.dispatch.EngineerRanking.Need;
import org.aftersales.ticket.dispatch.EngineerRanking.Suggestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineerRankingTest {

    static final DutyCalendar ALWAYS = new DutyCalendar(
            List.of(new DutyHours(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)), null);
    static final DutyCalendar OFFICE_HOURS = new DutyCalendar(
            List.of(new DutyHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                    LocalTime.of(18, 0))), null);

    static final List<Candidate> TEAM = List.of(
            new Candidate("a", "A", EngineerLevel.SENIOR_ENGINEER, Set.of("X"), "cn/beijing", ALWAYS, 3),
            new Candidate("b", "B", EngineerLevel.ENGINEER, Set.of("X", "Z"), "cn/shanghai", ALWAYS, 0),
            new Candidate("c", "C", EngineerLevel.ENGINEER, Set.of("X"), "cn/beijing/haidian", OFFICE_HOURS, 0),
            new Candidate("d", "D", EngineerLevel.ENGINEER, Set.of(), "cn/beijing", ALWAYS, 1),
            new Candidate("e", "E", EngineerLevel.ENGINEER, Set.of("x"), "cn/beijing/haidian", ALWAYS, 3));

    /** Monday 03:00 in Shanghai: c is off duty; Monday 10:00: everybody is on. */
    @ParameterizedTest(name = "skill {0}, region {1}, at {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            X | cn/beijing/haidian | 2026-11-23T03:00 | a e b d c
            - | -                  | 2026-11-23T03:00 | b d a e c
            X | -                  | 2026-11-23T03:00 | b a e d c
            - | cn/beijing         | 2026-11-23T03:00 | d a e b c
            Y | cn/shanghai/pudong | 2026-11-23T03:00 | b d a e c
            X | cn/beijing/haidian | 2026-11-23T10:00 | c a e b d
            Z | cn/beijing         | 2026-11-23T10:00 | b c d a e
            - | -                  | 2026-11-23T10:00 | b c d a e
            """)
    void on_duty_then_skill_then_region_then_load(String skill, String region, LocalDateTime at, String expected) {
        List<Suggestion> ranked = EngineerRanking.rank(TEAM,
                new Need(skill, region, at.atZone(DutyCalendar.ZONE).toInstant()));

        assertThat(ranked).extracting(Suggestion::username).containsExactly(expected.split(" "));
    }

    @Test
    void each_suggestion_gives_its_reasons() {
        List<Suggestion> ranked = EngineerRanking.rank(TEAM,
                new Need("X", "cn/beijing/haidian", LocalDateTime.parse("2026-11-23T03:00")
                        .atZone(DutyCalendar.ZONE).toInstant()));

        assertThat(ranked.get(0).reasons()).containsExactly("on duty 00:00–00:00 (weekly hours)", "has skill X",
                "region cn/beijing matches cn/beijing/haidian", "3 open tickets");
        Suggestion last = ranked.get(4);
        assertThat(last.onDuty()).isFalse();
        assertThat(last.reasons()).containsExactly("off duty", "has skill X",
                "region cn/beijing/haidian matches cn/beijing/haidian", "0 open tickets");
        Suggestion shanghai = ranked.get(2);
        assertThat(shanghai.regionMatch()).isFalse();
        assertThat(shanghai.reasons()).contains("region cn/shanghai is outside cn/beijing/haidian");
    }

    @Test
    void without_a_skill_or_region_asked_for_nobody_matches_or_misses_them() {
        Suggestion first = EngineerRanking.rank(TEAM, new Need(null, null,
                LocalDateTime.parse("2026-11-23T03:00").atZone(DutyCalendar.ZONE).toInstant())).get(0);

        assertThat(first.skillMatch()).isNull();
        assertThat(first.regionMatch()).isNull();
        assertThat(first.reasons()).containsExactly("on duty 00:00–00:00 (weekly hours)", "0 open tickets");
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            cn/beijing         | cn/beijing         | true
            cn/beijing         | cn/beijing/haidian | true
            cn/beijing/haidian | cn/beijing         | true
            cn/beijing         | cn/beijingxi       | false
            cn/beijing/haidian | cn/beijing/chaoyang| false
            cn                 | cn/shanghai/pudong | true
            """)
    void a_region_matches_another_when_one_lies_within_the_other(String a, String b, boolean match) {
        assertThat(Regions.match(a, b)).isEqualTo(match);
    }
}
