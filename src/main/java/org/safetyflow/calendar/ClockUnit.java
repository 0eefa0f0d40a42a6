package org.safetyflow.calendar;

import java.time.LocalDate;

/** How a statutory period counts: working days (行政许可法§82) or calendar days. */
public enum ClockUnit {
    WORKING_DAYS("工作日"), CALENDAR_DAYS("日");

    private final String displayName;

    ClockUnit(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** A number of days of this unit as users read it: 「4 个工作日」, 「10 日」. */
    public String count(int days) {
        return this == WORKING_DAYS ? days + " 个工作日" : days + " 日";
    }

    /** The days a clock loses while it stands from the day {@code from} to the day {@code to}. */
    public int daysStopped(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        return this == WORKING_DAYS ? calendar.workingDaysBetween(from, to) : CalendarDays.daysBetween(from, to);
    }

    /** The day a period that ended on {@code day} ends on after {@code days} more days of this unit. */
    public LocalDate extend(WorkingDayCalendar calendar, LocalDate day, int days) {
        return this == WORKING_DAYS ? calendar.addWorkingDays(day, days) : day.plusDays(days);
    }
}
