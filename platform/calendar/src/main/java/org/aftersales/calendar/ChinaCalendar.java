package org.aftersales.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Mainland China's working days: Monday to Friday, less the public holidays (法定节假日), plus the
 * weekend days worked in exchange (调休上班), as the State Council announces them each year. The
 * announcements ship as data ({@code holiday-cn/<year>.json}, from the holiday-cn data set, MIT). A
 * year not announced yet falls back to plain weekends, and {@link #isAnnounced} says so.
 */
public final class ChinaCalendar {

    private static final String FOLDER = "holiday-cn/";
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final ChinaCalendar INSTANCE = load();

    private final Map<LocalDate, Boolean> offDays;
    private final Set<Integer> announcedYears;

    private ChinaCalendar(Map<LocalDate, Boolean> offDays, Set<Integer> announcedYears) {
        this.offDays = offDays;
        this.announcedYears = announcedYears;
    }

    /** The calendar of every announcement shipped with this module. */
    public static ChinaCalendar instance() {
        return INSTANCE;
    }

    public boolean isWorkingDay(LocalDate date) {
        Boolean off = offDays.get(date);
        if (off != null) {
            return !off;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** Whether the year's holidays are announced; if not, only weekends are known to be off. */
    public boolean isAnnounced(int year) {
        return announcedYears.contains(year);
    }

    public Set<Integer> announcedYears() {
        return announcedYears;
    }

    private static ChinaCalendar load() {
        ObjectMapper json = new ObjectMapper();
        Map<LocalDate, Boolean> offDays = new HashMap<>();
        Set<Integer> years = new TreeSet<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            try (InputStream in = ChinaCalendar.class.getResourceAsStream(FOLDER + year + ".json")) {
                if (in == null) {
                    continue;
                }
                for (JsonNode day : json.readTree(in).path("days")) {
                    offDays.put(LocalDate.parse(day.path("date").asText()), day.path("isOffDay").asBoolean());
                }
                years.add(year);
            } catch (IOException e) {
                throw new UncheckedIOException("holiday data for " + year + " cannot be read", e);
            }
        }
        return new ChinaCalendar(Map.copyOf(offDays), Set.copyOf(years));
    }
}
