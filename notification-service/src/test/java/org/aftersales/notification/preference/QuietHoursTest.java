package org.aftersales.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.aftersales.notification.delivery.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quiet hours (免打扰) in China time, within a day and across midnight, and what a preference holds back. */
class QuietHoursTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "{0}–{1}, ready {2} → {3}")
    @CsvSource({
            // from | to | ready at (China time) | held until (China time), empty when sent at once
            "22:00, 07:30, 2026-12-04T23:15, 2026-12-05T07:30",
            "22:00, 07:30, 2026-12-04T22:00, 2026-12-05T07:30",
            "22:00, 07:30, 2026-12-05T03:00, 2026-12-05T07:30",
            "22:00, 07:30, 2026-12-05T07:30, ",
            "22:00, 07:30, 2026-12-05T07:29, 2026-12-05T07:30",
            "22:00, 07:30, 2026-12-04T21:59, ",
            "22:00, 07:30, 2026-12-04T12:00, ",
            "12:00, 13:30, 2026-12-04T12:45, 2026-12-04T13:30",
            "12:00, 13:30, 2026-12-04T13:30, ",
            "12:00, 13:30, 2026-12-04T11:59, ",
            "00:00, 06:00, 2026-12-04T00:00, 2026-12-04T06:00",
            "23:00, 00:00, 2026-12-04T23:30, 2026-12-05T00:00",
            "23:00, 00:00, 2026-12-05T00:00, ",
    })
    void a_message_ready_in_quiet_hours_is_held_to_their_end(LocalTime from, LocalTime to, LocalDateTime ready,
            LocalDateTime heldUntil) {
        QuietHours quiet = new QuietHours(from, to, CHINA);

        assertThat(quiet.heldUntil(ready.atZone(CHINA).toInstant()))
                .isEqualTo(Optional.ofNullable(heldUntil).map(until -> until.atZone(CHINA).toInstant()));
    }

    @Test
    void quiet_hours_that_start_and_end_at_once_are_refused() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON, CHINA))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}, urgent {1} → held {2}")
    @CsvSource({
            // channel | urgent | held to the end of the quiet hours
            "EMAIL,   false, true",
            "SMS,     false, true",
            "EMAIL,   true,  false",
            "SMS,     true,  false",
            "IN_APP,  false, false",
            "WEBHOOK, false, false",
    })
    void the_inbox_and_urgent_messages_are_never_held(Channel channel, boolean urgent, boolean held) {
        Instant night = LocalDateTime.parse("2026-12-04T23:15").atZone(CHINA).toInstant();
        Preference preference = new Preference(Set.of(),
                Optional.of(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30), CHINA)));

        assertThat(preference.sendAt(channel, urgent, night).isAfter(night)).isEqualTo(held);
    }

    @ParameterizedTest(name = "{0} off: suppresses {1}")
    @CsvSource({
            "EMAIL, EMAIL,   true",
            "EMAIL, SMS,     false",
            "SMS,   SMS,     true",
            "IN_APP, IN_APP, false",
            "WEBHOOK, WEBHOOK, false",
    })
    void only_email_and_sms_can_be_turned_off(Channel off, Channel channel, boolean suppressed) {
        assertThat(new Preference(Set.of(off), Optional.empty()).suppresses(channel)).isEqualTo(suppressed);
    }
}
