package org.safetyflow.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year's State Council holiday arrangement: the days off (节假日, including the weekend days they
 * absorb) and the 调休 make-up working days that fall on a weekend. Read from
 * {@code holidays-YYYY.json}:
 *
 * <pre>
 * { "year": 2026, "source": "国务院办公厅关于2026年部分节假日安排的通知",
 *   "holidays": [ { "name": "国庆节", "from": "2026-10-01", "to": "2026-10-07" } ],
 *   "workdays": [ { "name": "国庆节调休上班", "date": "2026-10-10" } ] }
 * </pre>
 *
 * A file that contradicts itself (a day both off and working, a date outside its year, a make-up
 * "working day" that is a weekday anyway) is refused with a message naming the file and the date.
 */
public final class HolidayTable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int year;
    private final String source;
    private final String origin;
    private final Map<LocalDate, String> daysOff;
    private final Map<LocalDate, String> makeUpWorkdays;

    private HolidayTable(int year, String source, String origin, Map<LocalDate, String> daysOff,
            Map<LocalDate, String> makeUpWorkdays) {
        this.year = year;
        this.source = source;
        this.origin = origin;
        this.daysOff = Collections.unmodifiableMap(daysOff);
        this.makeUpWorkdays = Collections.unmodifiableMap(makeUpWorkdays);
    }

    /**
     * @param origin where the table comes from (a file name), for messages
     * @throws InvalidHolidayTableException when the file is not a consistent table
     */
    public static HolidayTable read(InputStream in, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new InvalidHolidayTableException(origin + " is not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.path("year").canConvertToInt()) {
            throw new InvalidHolidayTableException(origin + ": missing \"year\"");
        }
        int year = root.path("year").asInt();
        Map<LocalDate, String> daysOff = new TreeMap<>();
        for (JsonNode holiday : root.path("holidays")) {
            String name = text(holiday, "name", origin);
            LocalDate from = date(holiday, "from", year, origin);
            LocalDate to = date(holiday, "to", year, origin);
            if (to.isBefore(from)) {
                throw new InvalidHolidayTableException(origin + ": holiday " + name + " ends before it starts");
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                daysOff.put(day, name);
            }
        }
        Map<LocalDate, String> workdays = new TreeMap<>();
        for (JsonNode workday : root.path("workdays")) {
            String name = text(workday, "name", origin);
            LocalDate date = date(workday, "date", year, origin);
            if (!isWeekend(date)) {
                throw new InvalidHolidayTableException(origin + ": make-up working day " + date
                        + " is a weekday; only a Saturday or Sunday can be one");
            }
            if (daysOff.containsKey(date)) {
                throw new InvalidHolidayTableException(origin + ": " + date + " is both a holiday and a working day");
            }
            workdays.put(date, name);
        }
        return new HolidayTable(year, root.path("source").asText(""), origin, daysOff, workdays);
    }

    private static String text(JsonNode node, String field, String origin) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new InvalidHolidayTableException(origin + ": an entry lacks \"" + field + "\"");
        }
        return value;
    }

    private static LocalDate date(JsonNode node, String field, int year, String origin) {
        LocalDate date;
        try {
            date = LocalDate.parse(node.path(field).asText(""));
        } catch (DateTimeParseException e) {
            throw new InvalidHolidayTableException(origin + ": \"" + field + "\" is not a date (YYYY-MM-DD): "
                    + node.path(field).asText(""));
        }
        if (date.getYear() != year) {
            throw new InvalidHolidayTableException(origin + ": " + date + " lies outside the year " + year);
        }
        return date;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    public int year() {
        return year;
    }

    /** The notice the table was taken from. */
    public String source() {
        return source;
    }

    /** Where the table was read from. */
    public String origin() {
        return origin;
    }

    /** Days off by holiday name, in date order. */
    public Map<LocalDate, String> daysOff() {
        return daysOff;
    }

    /** Weekend days that are working days (调休), in date order. */
    public Map<LocalDate, String> makeUpWorkdays() {
        return makeUpWorkdays;
    }

    boolean isWorkingDay(LocalDate day) {
        if (daysOff.containsKey(day)) {
            return false;
        }
        return !isWeekend(day) || makeUpWorkdays.containsKey(day);
    }
}
