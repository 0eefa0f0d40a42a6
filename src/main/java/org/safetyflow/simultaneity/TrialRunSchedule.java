package org.safetyflow.simultaneity;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.springframework.stereotype.Component;

/**
 * When the 试运行 ends: its planned days counted from its first day (contract §2: N days from D), moved
 * by each extension, every extension kept with its reason ({@code trialRunExtensions}).
 */
@Component("trialRunSchedule")
public class TrialRunSchedule {

    private final ProjectLabelling labels;

    TrialRunSchedule(ProjectLabelling labels) {
        this.labels = labels;
    }

    public void planned(DelegateTask task) {
        Date start = (Date) task.getVariable("trialRunStartsOn");
        int days = (Integer) task.getVariable("trialRunDays");
        task.getExecution().setVariable("trialRunEndsAt", CalendarDays.endOfNthDayAfter(start, days));
        task.getExecution().setVariable("trialRunExtensions", "无");
        labels.notify(task.getExecution());
    }

    public void reported(DelegateTask task) {
        if (!"EXTEND".equals(task.getVariable("trialRunOutcome"))) {
            return;
        }
        int days = (Integer) task.getVariable("trialRunDays") + (Integer) task.getVariable("trialRunExtensionDays");
        Date start = (Date) task.getVariable("trialRunStartsOn");
        String entry = CalendarDays.chinese(ClockUtil.getCurrentTime()) + "申请延长 " + task.getVariable("trialRunExtensionDays")
                + " 日（共 " + days + " 日）：" + task.getVariable("trialRunExtensionReason");
        Object before = task.getVariable("trialRunExtensions");
        task.getExecution().setVariable("trialRunExtensions", "无".equals(before) || before == null ? entry : before + "\n" + entry);
        task.getExecution().setVariable("trialRunDays", days);
        task.getExecution().setVariable("trialRunEndsAt", CalendarDays.endOfNthDayAfter(start, days));
        labels.notify(task.getExecution());
    }
}
