package org.safetyflow.testing;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Start variables of a valid 12350 report, for tests that need some case in a jurisdiction, and the steps that close one. */
public final class Complaints {

    private Complaints() {
    }

    public static Map<String, Object> report(String jurisdiction) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", jurisdiction);
        variables.put("reportChannel", "HOTLINE_12350");
        variables.put("reportedAt", Date.from(Instant.now().minusSeconds(3600)));
        variables.put("reportCategory", "MAJOR_HAZARD");
        variables.put("enterpriseName", "某化工有限公司");
        variables.put("description", "储罐区可燃气体报警器长期停用。");
        return variables;
    }

    /** Takes an open report through its three steps to its end: accepted by complaint-clerk, found unsubstantiated by enforcement-officer, answered. */
    public static void close(TaskService taskService, String processInstanceId) {
        complete(taskService, processInstanceId, "complaint-clerk", Map.of("acceptance", "ACCEPT"));
        complete(taskService, processInstanceId, "enforcement-officer", Map.of("verificationResult", "UNSUBSTANTIATED", "verificationFindings", "未发现问题"));
        complete(taskService, processInstanceId, "complaint-clerk", Map.of("replyToReporter", "经核查，举报不属实。"));
    }

    private static void complete(TaskService taskService, String processInstanceId, String user, Map<String, Object> variables) {
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        taskService.setAssignee(task.getId(), user);
        taskService.complete(task.getId(), variables);
    }
}
