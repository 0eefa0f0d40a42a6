package org.safetyflow.accident;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.StatutoryClocks;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/** An approved extension (事故条例§29, at most 60 days in all) moves the report deadline, its task and its timer. */
@Component("reportDeadlineExtension")
class ReportDeadlineExtension implements ExecutionListener {

    private final StatutoryClocks clocks;
    private final ReportExtension policy;

    ReportDeadlineExtension(StatutoryClocks clocks, TimeLimits limits) {
        this.clocks = clocks;
        this.policy = new ReportExtension(limits.limit("accident.max-extension").in(TimeLimit.Unit.DAYS));
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable("extensionApproved"))) {
            return;
        }
        int days = ((Number) execution.getVariable("extensionDays")).intValue();
        int used = ((Number) execution.getVariable("reportExtendedDays")).intValue();
        ReportExtension.Decision decision = policy.decide(used, days);
        if (!decision.allowed()) {
            throw new InvalidInputException("extensionDays", decision.reason());
        }
        Date due = (Date) execution.getVariable("reportDueDate");
        clocks.moveDeadline(execution, "reportDueDate", CalendarDays.endOfNthDayAfter(due, days));
        execution.setVariable("reportExtendedDays", used + days);
    }
}
