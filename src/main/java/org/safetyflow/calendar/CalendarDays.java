package org.safetyflow.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * Periods counted in calendar days (contract §2, 民法典§201): "N days from D" ends at the end of the
 * N-th calendar day after D, D itself not counted, in Asia/Shanghai.
 */
public final class CalendarDays {

    public static final ZoneId STATUTORY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private CalendarDays() {
    }

    public static Date endOfNthDayAfter(Date from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return endOf(dayOf(from).plusDays(days));
    }

    /** The calendar day, in Asia/Shanghai, on which the moment falls. */
    public static LocalDate dayOf(Date moment) {
        return moment.toInstant().atZone(STATUTORY_ZONE).toLocalDate();
    }

    /** The calendar days in the span after {@code from} up to and including {@code to}; zero if none. */
    public static int daysBetween(LocalDate from, LocalDate to) {
        return (int) Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(from, to));
    }

    private static final java.time.format.DateTimeFormatter CHINESE_DAY = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** A day as users read it, e.g. 2026年10月13日. */
    public static String chinese(LocalDate day) {
        return CHINESE_DAY.format(day);
    }

    /** The day (Asia/Shanghai) of a moment as users read it. */
    public static String chinese(Date moment) {
        return chinese(dayOf(moment));
    }

    public static Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(STATUTORY_ZONE).toInstant());
    }
}
