package org.safetyflow.testing;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/** What process tests write again and again: variables, moments, and moving the engine's clock. */
public final class ProcessTests {

    private ProcessTests() {
    }

    /** {@code vars("name", value, "other", value)} as a mutable map. */
    public static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** An ISO-8601 moment with offset, e.g. {@code 2026-03-02T10:00:00+08:00}. */
    public static Date date(String moment) {
        return Date.from(OffsetDateTime.parse(moment).toInstant());
    }

    /** The 机关负责人 signs a drafted notice off as drafted (the task {@code taskKey} of the sign-off form). */
    public static void signOff(ProcessInstance instance, String taskKey) {
        Task task = BpmnAwareTests.task(taskKey, instance);
        TaskService tasks = BpmnAwareTests.taskService();
        BpmnAwareTests.complete(task, BpmnAwareTests.withVariables("noticeTitle", tasks.getVariable(task.getId(), "noticeTitle"),
                "noticeBody", tasks.getVariable(task.getId(), "noticeBody"), "noticeApproved", true));
    }

    /** Sets the engine's clock; reset it with {@link ClockUtil#reset()} after the test. */
    public static void at(String moment) {
        ClockUtil.setCurrentTime(date(moment));
    }
}
