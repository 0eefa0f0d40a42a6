package org.safetyflow.casefile;

import java.util.Date;
import org.safetyflow.calendar.CalendarDays;
import org.springframework.stereotype.Component;

/**
 * A case's values as a Camunda Form field takes them back: a day field shows a stored deadline only
 * when it is given as {@code 2027-01-20}, not as the Date the case keeps. For a task that may come back
 * (a returned plan), the model maps the deadline in as a day and the submitted value out again:
 * {@code <camunda:inputParameter name="planDeadline">${formValues.day(execution.getVariable('planDeadline'))}}.
 */
@Component("formValues")
public class FormValues {

    /** The day (Asia/Shanghai) of a stored moment, ISO-8601; null when there is none. */
    public String day(Object value) {
        return value instanceof Date moment ? CalendarDays.dayOf(moment).toString() : null;
    }
}
