package org.safetyflow.accident;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.safetyflow.calendar.CalendarDays;
import org.springframework.stereotype.Component;

/** 特别重大: the 批复 may be extended once, by at most 30 days (事故条例§32; the days are checked by the task's InputSpec). */
@Component("replyExtension")
class ReplyExtension implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        int days = ((Number) execution.getVariable("replyExtensionDays")).intValue();
        Date due = (Date) execution.getVariable("replyDueDate");
        execution.setVariable("replyDueDate", CalendarDays.endOfNthDayAfter(due, days));
        execution.setVariable("replyExtended", true);
    }
}
