package org.safetyflow.accident;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 事故条例第三十条: a member who disagrees with the report says so when signing. The dissents, one line
 * per member (the latest signature counts), become {@code dissentsText} for the 安委办's review.
 */
@Component("reportSignatures")
class ReportSignatures implements TaskListener {

    static final String NONE = "无";

    @Override
    public void notify(DelegateTask task) {
        String member = String.valueOf(task.getVariable("member"));
        List<String> dissents = new ArrayList<>();
        if (task.getVariable("dissentsText") instanceof String text && !text.equals(NONE)) {
            text.lines().filter(line -> !line.startsWith(member + "：")).forEach(dissents::add);
        }
        if (Boolean.FALSE.equals(task.getVariable("agree"))) {
            dissents.add(member + "：" + task.getVariable("dissent"));
        }
        task.getExecution().getProcessInstance().setVariable("dissentsText", dissents.isEmpty() ? NONE : String.join("\n", dissents));
    }
}
