package org.safetyflow.calendar.engine;

import java.util.Date;
import org.safetyflow.calendar.CalendarDays;
import org.springframework.stereotype.Component;

/**
 * Working-day periods for BPMN expressions: {@code ${workdays.after(receivedAt, 5)}} as a task's due
 * date or a timer's date is the end of the 5th working day after the day of {@code receivedAt}.
 */
@Component("workdays")
public class Workdays {

    private final HolidayTables tables;

    Workdays(HolidayTables tables) {
        this.tables = tables;
    }

    /** The end (23:59:59 Asia/Shanghai) of the {@code days}-th working day after the day of {@code from}. */
    public Date after(Date from, int days) {
        if (from == null) {
            throw new IllegalArgumentException("workdays.after: the start date is missing");
        }
        return tables.calendar().endOfWorkingDays(from, days);
    }

    /** The end of the {@code days}-th working day after today (the engine's clock): a task due in N working days. */
    public Date fromToday(int days) {
        return after(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime(), days);
    }

    /** Whether the day (Asia/Shanghai) of the moment is a working day. */
    public boolean isWorkingDay(Date moment) {
        return tables.calendar().isWorkingDay(CalendarDays.dayOf(moment));
    }
}
