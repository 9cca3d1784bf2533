package org.aftersales.ticket.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.aftersales.calendar.ServiceCalendar;
import org.aftersales.ticket.sla.SlaClock.Pause;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random clocks (fixed seed) against the {@link MinuteByMinute} reference: starts from 2024
 * to 2027 (2027 unannounced), targets from a minute to ten days (log-uniform, so short ones are as common
 * as long ones; many cross a new year), 7×24 and random service hours, up to three random, possibly overlapping
 * pauses; a third of the clocks change their fault level: they start with another target and take this one from
 * the original start ({@link SlaClock#withTarget}), which must read exactly as if it had been theirs all along.
 */
class GeneratedCasesTest {

    private static final int CASES = 5_000;
    private static final long SEED = 20261001L;
    private static final Instant FIRST = LocalDateTime.parse("2024-01-01T00:00")
            .atZone(ServiceCalendar.DEFAULT_ZONE).toInstant();
    private static final long MINUTES_TO_2028 = Duration.ofDays(4 * 365 + 1).toMinutes();
    private static final long MAX_TARGET = Duration.ofDays(10).toMinutes();

    @Test
    void deadline_and_elapsed_agree_with_the_minute_walk() {
        SplittableRandom random = new SplittableRandom(SEED);
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < CASES; i++) {
            ServiceCalendar calendar = calendar(random);
            Instant start = FIRST.plus(Duration.ofMinutes(random.nextLong(MINUTES_TO_2028)));
            Duration target = Duration.ofMinutes(logUniform(random, MAX_TARGET));
            List<Pause> pauses = pauses(random, start, target);
            boolean levelChanged = random.nextInt(3) == 0;
            Duration first = levelChanged ? Duration.ofMinutes(logUniform(random, MAX_TARGET)) : target;
            SlaClock clock = new SlaClock(SlaClock.Target.RESOLUTION, start, first, calendar, pauses, 75, null)
                    .withTarget(target);
            String context = "case %d: %s from %s + %s%s, pauses %s".formatted(i, calendar, start, target,
                    levelChanged ? " (level changed from " + first + ")" : "", pauses);

            Instant deadline = MinuteByMinute.deadline(calendar, start, target, pauses);
            Instant now = start.plus(Duration.ofMinutes(
                    random.nextLong(-1440, Duration.between(start, deadline).toMinutes() + 1440)));
            Duration elapsed = MinuteByMinute.elapsed(calendar, start, now, pauses);

            SlaClock.Reading reading = clock.at(now);
            softly.assertThat(reading.deadline()).as(context).isEqualTo(deadline);
            softly.assertThat(reading.elapsed()).as(context + ", elapsed at " + now).isEqualTo(elapsed);
            if (pauses.isEmpty()) {
                softly.assertThat(calendar.deadline(start, target)).as(context).isEqualTo(deadline);
                softly.assertThat(calendar.elapsed(start, now)).as(context + ", elapsed at " + now).isEqualTo(elapsed);
            }
        }
        softly.assertAll();
    }

    private static ServiceCalendar calendar(SplittableRandom random) {
        return switch (random.nextInt(3)) {
            case 0 -> ServiceCalendar.alwaysOpen(ServiceCalendar.DEFAULT_ZONE);
            case 1 -> ServiceCalendar.serviceHours(LocalTime.of(8, 30), LocalTime.of(17, 30), ServiceCalendar.DEFAULT_ZONE);
            default -> {
                int opens = random.nextInt(12 * 60);
                int closes = random.nextInt(opens + 1, 24 * 60);
                yield ServiceCalendar.serviceHours(LocalTime.MIN.plusMinutes(opens), LocalTime.MIN.plusMinutes(closes),
                        ServiceCalendar.DEFAULT_ZONE);
            }
        };
    }

    /** Up to three closed pauses from a day before the start to a while after it, a minute to three days long. */
    private static List<Pause> pauses(SplittableRandom random, Instant start, Duration target) {
        List<Pause> pauses = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            Instant from = start.plus(Duration.ofMinutes(random.nextLong(-1440, 3 * target.toMinutes() + 2880)));
            pauses.add(new Pause(from, from.plus(Duration.ofMinutes(logUniform(random, 3 * 1440)))));
        }
        return pauses;
    }

    private static long logUniform(SplittableRandom random, long max) {
        return Math.max(1, Math.min(max, Math.round(Math.exp(random.nextDouble(Math.log(max + 1))))));
    }
}
