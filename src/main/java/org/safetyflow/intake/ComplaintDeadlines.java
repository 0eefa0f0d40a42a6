package org.safetyflow.intake;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.calendar.engine.TimeLimits;
import org.springframework.stereotype.Component;

/**
 * The handling limit of a 12350 report: verified and closed within 60 days of the report (山东's
 * rule; a local rule, hence configurable). Recorded as {@code handlingDueDate} when the case opens;
 * the task due dates and the overdue timer read it.
 */
@Component("complaintDeadlines")
class ComplaintDeadlines implements ExecutionListener {

    private final TimeLimits limits;

    ComplaintDeadlines(TimeLimits limits) {
        this.limits = limits;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Date reportedAt = (Date) execution.getVariable("reportedAt");
        execution.setVariable("acceptanceDueDate", limits.after("complaint.acceptance", reportedAt));
        execution.setVariable("handlingDueDate", limits.after("complaint.handling", reportedAt));
    }
}
