package org.safetyflow.accident;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Who carries out each 处理建议 of an approved accident report (事故条例第三十二条): 行政处罚 by the bureau's
 * 执法人员, 移送司法 by the 事故调查统计员 who hands the file to the 司法机关, and 处分 or any other measure by
 * the 人民政府 (there is no 纪检监察 role). Used by the model as {@code ${accountabilityRouting.groupFor(proposal)}},
 * and as the tasks' create listener that names each by its proposal.
 */
@Component("accountabilityRouting")
public class AccountabilityRouting implements TaskListener {

    /** The candidate group of the task that carries out one 处理建议. */
    public String groupFor(Map<String, String> proposal) {
        return route(proposal.get("kind")).group();
    }

    /** Names each task by its 处理建议, so that the inbox tells them apart (on create). */
    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable("proposal") instanceof Map<?, ?> proposal) {
            task.setName(task.getName() + "：" + proposal.get("kind") + "（" + proposal.get("subject") + "）");
        }
    }

    static Decision route(String kind) {
        return switch (kind == null ? "" : kind) {
            case "行政处罚" -> new Decision("enforcement-officer", "行政处罚由执法人员依法实施（事故条例第三十二条）");
            case "移送司法" -> new Decision("accident-officer", "涉嫌犯罪的，由事故调查统计员移送司法机关（事故条例第三十二条）");
            default -> new Decision("government", "「" + kind + "」由人民政府督促有关机关落实（事故条例第三十二条）");
        };
    }

    record Decision(String group, String reason) {
    }
}
