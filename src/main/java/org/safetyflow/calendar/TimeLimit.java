package org.safetyflow.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as the configuration states it: {@code "5 working days"}, {@code "60 days"},
 * {@code "2 hours"}, {@code "10 months"}, {@code "1 year"}. Days end at the end of their last day
 * (民法典§201: the day the period starts is not counted); working days follow the holiday tables.
 */
public record TimeLimit(int amount, Unit unit) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,5}) (working days?|days?|hours?|months?|years?)");

    public enum Unit { WORKING_DAYS, DAYS, HOURS, MONTHS, YEARS }

    public TimeLimit {
        if (amount < 0 || unit == null) {
            throw new IllegalArgumentException("a time limit needs an amount ≥ 0 and a unit");
        }
    }

    /** Reads {@code "<n> working days|days|hours|months|years"}; anything else is refused. */
    public static TimeLimit parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time limit like '5 working days', '60 days', '2 hours', '10 months'");
        }
        String unit = matcher.group(2);
        return new TimeLimit(Integer.parseInt(matcher.group(1)), unit.startsWith("working") ? Unit.WORKING_DAYS
                : unit.startsWith("day") ? Unit.DAYS : unit.startsWith("hour") ? Unit.HOURS
                : unit.startsWith("month") ? Unit.MONTHS : Unit.YEARS);
    }

    /** When the limit runs out for something that started at {@code from}. */
    public Date after(Date from, WorkingDayCalendar calendar) {
        if (from == null) {
            throw new IllegalArgumentException("a time limit needs the moment it starts from");
        }
        return switch (unit) {
            case WORKING_DAYS -> calendar.endOfWorkingDays(from, amount);
            case DAYS -> CalendarDays.endOfNthDayAfter(from, amount);
            case HOURS -> Date.from(from.toInstant().plus(Duration.ofHours(amount)));
            case MONTHS -> CalendarDays.endOf(CalendarDays.dayOf(from).plusMonths(amount));
            case YEARS -> CalendarDays.endOf(CalendarDays.dayOf(from).plusYears(amount));
        };
    }

    /** The day on which a period of months or years from the day {@code from} falls. */
    public LocalDate dayAfter(LocalDate from) {
        return switch (unit) {
            case MONTHS -> from.plusMonths(amount);
            case YEARS -> from.plusYears(amount);
            case DAYS -> from.plusDays(amount);
            default -> throw new IllegalStateException(this + " does not count whole calendar days");
        };
    }

    /** The amount, refusing a limit configured in another unit than the rule counts in. */
    public int in(Unit expected) {
        if (unit != expected) {
            throw new IllegalStateException("time limit " + this + " must be given in " + expected);
        }
        return amount;
    }

    @Override
    public String toString() {
        return amount + " " + unit.name().toLowerCase().replace('_', ' ');
    }
}
