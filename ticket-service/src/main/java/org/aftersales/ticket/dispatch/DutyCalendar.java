package org.aftersales.ticket.dispatch;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.platform.problem.FieldProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 值班表: an engineer's weekly duty hours plus dated exceptions, in Asia/Shanghai time. A shift whose end is not
 * after its start runs past midnight into the next day ({@code 20:00–08:00}); {@code 00:00–00:00} is a whole day.
 * An exception replaces the weekly hours of its date: off all day, or on duty for the hours it gives.
 */
@Schema(name = "DutyCalendar", description = "值班表: weekly duty hours and dated exceptions, in Asia/Shanghai time")
public record DutyCalendar(
        @Schema(description = "Duty hours that repeat every week")
        @NotNull @Size(max = 21) List<@NotNull @Valid DutyHours> weeklyHours,
        @Schema(description = "Dated exceptions, at most one per date (leave, holiday duty…)")
        @Size(max = 366) List<@NotNull @Valid DutyException> exceptions) {

    /** The time zone of duty hours. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public DutyCalendar {
        exceptions = exceptions == null ? List.of() : exceptions;
    }

    /** Duty hours on some days of every week. */
    @Schema(name = "DutyHours")
    public record DutyHours(
            @Schema(description = "The weekdays these hours apply to",
                    examples = "[\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\"]")
            @NotEmpty Set<@NotNull DayOfWeek> days,
            @Schema(description = "When duty starts, local time", examples = "08:30") @NotNull LocalTime from,
            @Schema(description = "Not after from: the shift ends the next day", examples = "17:30")
            @NotNull LocalTime to) {
    }

    /** One date whose duty differs from the weekly hours. */
    @Schema(name = "DutyException")
    public record DutyException(
            @Schema(description = "The date it applies to", examples = "2026-10-01") @NotNull LocalDate date,
            @Schema(description = "false: off all day; true: on duty from–to instead of the weekly hours")
            @NotNull Boolean onDuty,
            @Schema(description = "When duty starts that day; required when onDuty, absent otherwise", examples = "09:00",
                    nullable = true) LocalTime from,
            @Schema(description = "When duty ends; required when onDuty, absent otherwise", examples = "18:00",
                    nullable = true) LocalTime to,
            @Schema(description = "Why, in words", examples = "国庆值班") @Size(max = 200) String note) {
    }

    /** Whether someone is on duty at a moment, and why. */
    public record DutyState(boolean onDuty, String reason) {
    }

    /** A stretch of duty that begins on a date. */
    private record Shift(LocalDate day, LocalTime from, LocalTime to, String source) {

        boolean covers(LocalDateTime time) {
            LocalDateTime start = day.atTime(from);
            LocalDateTime end = (to.isAfter(from) ? day : day.plusDays(1)).atTime(to);
            return !time.isBefore(start) && time.isBefore(end);
        }
    }

    /**
     * The rules Bean Validation cannot state: an exception on duty gives its hours, one off duty gives none, and
     * no two exceptions share a date.
     *
     * @param prefix the JSON path of this calendar in the request, e.g. {@code duty}
     */
    public List<FieldProblem> problems(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < exceptions.size(); i++) {
            DutyException exception = exceptions.get(i);
            String path = prefix + ".exceptions[" + i + "].";
            if (!dates.add(exception.date())) {
                problems.add(new FieldProblem(path + "date", "another exception has this date"));
            }
            checkHour(problems, path + "from", exception.from(), exception.onDuty());
            checkHour(problems, path + "to", exception.to(), exception.onDuty());
        }
        return problems;
    }

    private static void checkHour(List<FieldProblem> problems, String field, LocalTime hour, boolean onDuty) {
        if (onDuty && hour == null) {
            problems.add(new FieldProblem(field, "is required when onDuty is true"));
        } else if (!onDuty && hour != null) {
            problems.add(new FieldProblem(field, "must be absent when onDuty is false"));
        }
    }

    /** Whether the calendar has the engineer on duty at this moment, with the shift or the exception that says so. */
    public DutyState at(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZONE);
        LocalDate today = time.toLocalDate();
        return Stream.of(today, today.minusDays(1))
                .flatMap(day -> shifts(day).stream())
                .filter(shift -> shift.covers(time))
                .findFirst()
                .map(shift -> new DutyState(true,
                        "on duty " + shift.from() + "–" + shift.to() + " (" + shift.source() + ")"))
                .orElseGet(() -> new DutyState(false, exception(today)
                        .filter(exception -> !exception.onDuty())
                        .map(exception -> "off duty (" + describe(exception) + ")")
                        .orElse("off duty")));
    }

    private List<Shift> shifts(LocalDate day) {
        return exception(day)
                .map(exception -> exception.onDuty()
                        ? List.of(new Shift(day, exception.from(), exception.to(), describe(exception)))
                        : List.<Shift>of())
                .orElseGet(() -> weeklyHours.stream()
                        .filter(hours -> hours.days().contains(day.getDayOfWeek()))
                        .map(hours -> new Shift(day, hours.from(), hours.to(), "weekly hours"))
                        .toList());
    }

    private Optional<DutyException> exception(LocalDate day) {
        return exceptions.stream().filter(exception -> exception.date().equals(day)).findFirst();
    }

    private static String describe(DutyException exception) {
        return "exception on " + exception.date()
                + (exception.note() == null || exception.note().isBlank() ? "" : ": " + exception.note().strip());
    }
}
