package org.safetyflow.accident;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.casefile.CaseLabels;
import org.springframework.stereotype.Component;

/**
 * The 批复 is due {@code replyDays} (15 or 30, from the DMN) after the report reaches the government
 * (事故条例§32); set once, when the report first arrives.
 */
@Component("replyDeadline")
class ReplyDeadline implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (!(execution.getVariable("replyDueDate") instanceof Date)) {
            int days = ((Number) execution.getVariable("replyDays")).intValue();
            execution.setVariable("replyDueDate", CalendarDays.endOfNthDayAfter(ClockUtil.getCurrentTime(), days));
            execution.setVariable("replyExtended", false);
        }
        CaseLabels.days(execution, "replyDueDate");
    }
}
