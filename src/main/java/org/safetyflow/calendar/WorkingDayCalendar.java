package org.safetyflow.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Working days per contract §2: Monday to Friday, minus the State Council holidays, plus the 调休
 * make-up working days, from one {@link HolidayTable} per year. A year without a table counts
 * weekends only; the years that were needed but missing are remembered, so that the health endpoint
 * can name them.
 *
 * <p>"N working days from D" ends at the end of the N-th working day after D; D itself is not
 * counted, whether or not it is a working day. Zero working days from D ends at the end of D.
 * Days are calendar days in Asia/Shanghai.
 */
public final class WorkingDayCalendar {

    /** Longer than any statutory period; guards against a runaway count. */
    public static final int MAX_DAYS = 10_000;

    private final Map<Integer, HolidayTable> tables;
    private final Set<Integer> missingYearsUsed = new ConcurrentSkipListSet<>();

    public WorkingDayCalendar(Iterable<HolidayTable> tables) {
        Map<Integer, HolidayTable> byYear = new TreeMap<>();
        for (HolidayTable table : tables) {
            HolidayTable previous = byYear.put(table.year(), table);
            if (previous != null) {
                throw new InvalidHolidayTableException("two tables for " + table.year() + ": "
                        + previous.origin() + " and " + table.origin());
            }
        }
        this.tables = Collections.unmodifiableMap(byYear);
    }

    public boolean isWorkingDay(LocalDate day) {
        HolidayTable table = tables.get(day.getYear());
        if (table == null) {
            missingYearsUsed.add(day.getYear());
            return !HolidayTable.isWeekend(day);
        }
        return table.isWorkingDay(day);
    }

    /** The day on which {@code days} working days from {@code from} end. */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        checkDays(days);
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The end (23:59:59, Asia/Shanghai) of the day on which {@code days} working days from {@code from} end. */
    public Date endOfWorkingDays(Date from, int days) {
        return CalendarDays.endOf(addWorkingDays(CalendarDays.dayOf(from), days));
    }

    /**
     * The working days in the span after {@code from} up to and including {@code to}; zero when
     * {@code to} is not after {@code from}. It is the number of working days a period loses
     * when its clock stands still from one day to the other.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    public Optional<HolidayTable> table(int year) {
        return Optional.ofNullable(tables.get(year));
    }

    public NavigableSet<Integer> yearsWithTables() {
        return new TreeSet<>(tables.keySet());
    }

    /** Years that some count has crossed although they have no table (weekends only were used). */
    public NavigableSet<Integer> missingYearsUsed() {
        return new TreeSet<>(missingYearsUsed);
    }

    private static void checkDays(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("working days must be between 0 and " + MAX_DAYS + ": " + days);
        }
    }
}
