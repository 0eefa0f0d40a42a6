package org.safetyflow.calendar.engine;

import java.util.Date;
import org.safetyflow.calendar.CalendarDays;
import org.springframework.stereotype.Component;

/**
 * Calendar-day periods for BPMN expressions: {@code ${calendarDays.after(occurredAt, 60)}} is the end of
 * the 60th day after the day of {@code occurredAt} (民法典§201, contract §2).
 */
@Component("calendarDays")
public class CalendarDayPeriods {

    /** The end of the {@code days}-th day after today (the engine's clock). */
    public Date fromToday(int days) {
        return after(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime(), days);
    }

    public Date after(Date from, int days) {
        if (from == null) {
            throw new IllegalArgumentException("calendarDays.after: the start date is missing");
        }
        return CalendarDays.endOfNthDayAfter(from, days);
    }
}
