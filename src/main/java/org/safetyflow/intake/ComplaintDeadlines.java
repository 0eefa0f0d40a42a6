package org.safetyflow.intake;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.calendar.CalendarDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The handling limit of a 12350 report: verified and closed within 60 days of the report (山东's
 * rule; a local rule, hence configurable). Recorded as {@code handlingDueDate} when the case opens;
 * the task due dates and the overdue timer read it.
 */
@Component("complaintDeadlines")
class ComplaintDeadlines implements ExecutionListener {

    private final int handlingDays;
    private final int acceptanceDays;

    ComplaintDeadlines(@Value("${safetyflow.complaint.handling-days}") int handlingDays,
            @Value("${safetyflow.complaint.acceptance-days}") int acceptanceDays) {
        this.handlingDays = handlingDays;
        this.acceptanceDays = acceptanceDays;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Date reportedAt = (Date) execution.getVariable("reportedAt");
        execution.setVariable("acceptanceDueDate", CalendarDays.endOfNthDayAfter(reportedAt, acceptanceDays));
        execution.setVariable("handlingDueDate", CalendarDays.endOfNthDayAfter(reportedAt, handlingDays));
    }
}
