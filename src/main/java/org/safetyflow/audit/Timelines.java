package org.safetyflow.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Comment;
import org.safetyflow.calendar.CalendarDays;
import org.springframework.stereotype.Component;

/**
 * A case's timeline: the engine's FULL history and SafetyFlow's own records (clock pauses, notices,
 * documents, linked cases) merged into one list, oldest first, with Chinese descriptions. Finished
 * cases included; everything is read from history, nothing from the runtime.
 */
@Component
public class Timelines {

    /** Properties the engine logs with an operation that say nothing to an auditor (e.g. "delete" on a completion). */
    private static final Set<String> INTERNAL_PROPERTIES = Set.of("delete", "nrOfInstances");

    private final HistoryService history;
    private final TaskService tasks;
    private final CaseRecordEvents records;
    private final VariableChanges variables;

    Timelines(HistoryService history, TaskService tasks, CaseRecordEvents records, VariableChanges variables) {
        this.history = history;
        this.tasks = tasks;
        this.records = records;
        this.variables = variables;
    }

    /** Ordered events: by time, then by the order of their source below, then by the source's own order. */
    public List<TimelineEvent> of(HistoricProcessInstance instance) {
        TimelineEvents events = new TimelineEvents();
        String id = instance.getId();
        events.add(0, TimelineEvent.of("case-start:" + id, time(instance.getStartTime()), "CASE_STARTED",
                "立案：" + instance.getProcessDefinitionName() + "，案件编号 " + instance.getBusinessKey(), instance.getStartUserId()));
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(id)
                .orderPartiallyByOccurrence().asc().list();
        for (HistoricActivityInstance activity : activities) {
            String name = "「" + (activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName()) + "」";
            events.add(1, TimelineEvent.of("activity-start:" + activity.getId(), time(activity.getStartTime()), "ACTIVITY_STARTED",
                    "开始" + TimelineWording.kind(activity.getActivityType()) + name, null).withActivity(activity.getActivityId()));
            if (activity.getEndTime() != null) {
                events.add(5, TimelineEvent.of("activity-end:" + activity.getId(), time(activity.getEndTime()),
                        activity.isCanceled() ? "ACTIVITY_CANCELED" : "ACTIVITY_ENDED",
                        (activity.isCanceled() ? "取消" : "完成") + TimelineWording.kind(activity.getActivityType()) + name + "，用时 "
                                + TimelineWording.duration(activity.getDurationInMillis()), null)
                        .withActivity(activity.getActivityId()).withDetails(Map.of("durationMillis", nonNull(activity.getDurationInMillis()))));
            }
        }
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).list()) {
            events.add(2, TimelineEvent.of("task-created:" + task.getId(), time(task.getStartTime()), "TASK_CREATED", "生成任务「" + task.getName() + "」"
                    + (task.getDueDate() == null ? "" : "，办理期限 " + CalendarDays.dayOf(task.getDueDate())), null)
                    .withActivity(task.getTaskDefinitionKey()).withDetails(taskDetails(task)));
            if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
                events.add(4, TimelineEvent.of("task-completed:" + task.getId(), time(task.getEndTime()), "TASK_COMPLETED", "办结任务「" + task.getName() + "」",
                        task.getAssignee()).withActivity(task.getTaskDefinitionKey()).withDetails(taskDetails(task)));
            }
            assignments(events, task);
            // A task's comments: the REST API stores them without the case's id, so they are read per task.
            for (Comment comment : tasks.getTaskComments(task.getId())) {
                events.add(3, TimelineEvent.of("comment:" + comment.getId(), time(comment.getTime()), "COMMENT", "意见（「" + task.getName() + "」）："
                        + comment.getFullMessage(), comment.getUserId()).withActivity(task.getTaskDefinitionKey()));
            }
        }
        for (Comment comment : tasks.getProcessInstanceComments(id)) {
            if (comment.getTaskId() == null) {
                events.add(3, TimelineEvent.of("comment:" + comment.getId(), time(comment.getTime()), "COMMENT", comment.getFullMessage(),
                        comment.getUserId()));
            }
        }
        variables.addTo(events, instance);
        for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(id).list()) {
            events.add(6, TimelineEvent.of("operation:" + entry.getId(), time(entry.getTimestamp()), "USER_OPERATION", "操作：" + TimelineWording.operation(entry.getOperationType())
                    + (entry.getProperty() == null || INTERNAL_PROPERTIES.contains(entry.getProperty()) ? ""
                            : "（" + entry.getProperty() + "：" + entry.getOrgValue() + " → " + entry.getNewValue() + "）"),
                    entry.getUserId()).withDetails(Map.of("operationType", entry.getOperationType(), "entityType", nonNull(entry.getEntityType()),
                    "taskId", nonNull(entry.getTaskId()))));
        }
        decisions(events, id);
        for (HistoricJobLog job : history.createHistoricJobLogQuery().processInstanceId(id).successLog().list()) {
            if (job.getJobDefinitionType() != null && job.getJobDefinitionType().startsWith("timer")) {
                events.add(1, TimelineEvent.of("timer:" + job.getId(), time(job.getTimestamp()), "TIMER_FIRED", "定时器触发（到期 "
                        + (job.getJobDueDate() == null ? "—" : time(job.getJobDueDate())) + "）", null).withActivity(job.getActivityId()));
            }
        }
        records.addTo(events, instance);
        if (instance.getEndTime() != null) {
            events.add(9, TimelineEvent.of("case-end:" + id, time(instance.getEndTime()), "CASE_ENDED",
                    TimelineWording.ending(instance.getState()), null));
        }
        return events.inOrder(time(instance.getStartTime()), time(instance.getEndTime()));
    }

    /** Who took the task on and when: claims, assignments, delegations (the identity-link log). */
    private void assignments(TimelineEvents events, HistoricTaskInstance task) {
        for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list()) {
            if (!"assignee".equals(link.getType()) && !"owner".equals(link.getType())) {
                continue;
            }
            boolean added = "add".equals(link.getOperationType());
            String role = "owner".equals(link.getType()) ? "委托人" : "办理人";
            events.add(3, TimelineEvent.of("identity-link:" + link.getId(), time(link.getTime()), added ? "TASK_ASSIGNED" : "TASK_UNASSIGNED",
                    "任务「" + task.getName() + "」" + (added ? "的" + role + "为 " : "不再由 ") + link.getUserId() + (added ? "" : " 担任" + role),
                    link.getAssignerId()).withActivity(task.getTaskDefinitionKey())
                    .withDetails(Map.of("assignee", nonNull(link.getUserId()), "taskId", task.getId(), "role", link.getType())));
        }
    }

    private void decisions(TimelineEvents events, String processInstanceId) {
        for (HistoricDecisionInstance decision : history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId)
                .includeInputs().includeOutputs().disableCustomObjectDeserialization().list()) {
            Map<String, Object> inputs = new LinkedHashMap<>();
            for (HistoricDecisionInputInstance input : decision.getInputs()) {
                inputs.put(input.getClauseName() == null ? input.getClauseId() : input.getClauseName(), input.getValue());
            }
            Map<String, Object> outputs = new LinkedHashMap<>();
            List<String> rules = new ArrayList<>();
            for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
                outputs.put(output.getVariableName(), output.getValue());
                if (!rules.contains(output.getRuleId())) {
                    rules.add(output.getRuleId());
                }
            }
            events.add(2, new TimelineEvent("decision:" + decision.getId(), time(decision.getEvaluationTime()), "DECISION_EVALUATED", "决策「" + decision.getDecisionDefinitionName()
                    + "」：" + outputs, null, decision.getActivityId(), null, null, null, inputs, outputs,
                    Map.of("decisionKey", decision.getDecisionDefinitionKey(), "matchedRules", rules)));
        }
    }

    private static Map<String, Object> taskDetails(HistoricTaskInstance task) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskId", task.getId());
        details.put("taskName", task.getName());
        if (task.getAssignee() != null) {
            details.put("assignee", task.getAssignee());
        }
        if (task.getDueDate() != null) {
            details.put("dueDate", time(task.getDueDate()));
        }
        return details;
    }

    static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(CalendarDays.STATUTORY_ZONE).toOffsetDateTime();
    }

    private static Object nonNull(Object value) {
        return value == null ? "" : value;
    }
}
