package org.safetyflow.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Comment;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.engine.ClockPause;
import org.safetyflow.calendar.engine.StatutoryClocks;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.disclosure.Notice;
import org.safetyflow.disclosure.Notices;
import org.springframework.stereotype.Component;

/**
 * A case's timeline: the engine's FULL history and SafetyFlow's own records (clock pauses, notices,
 * documents, linked cases) merged into one list, oldest first, with Chinese descriptions. Finished
 * cases included; everything is read from history, nothing from the runtime.
 */
@Component
public class Timelines {

    /** Properties the engine logs with an operation that say nothing to an auditor (e.g. "delete" on a completion). */
    private static final java.util.Set<String> INTERNAL_PROPERTIES = java.util.Set.of("delete", "nrOfInstances");

    private final HistoryService history;
    private final TaskService tasks;
    private final StatutoryClocks clocks;
    private final Notices notices;
    private final CaseDocuments documents;

    Timelines(HistoryService history, TaskService tasks, StatutoryClocks clocks, Notices notices, CaseDocuments documents) {
        this.history = history;
        this.tasks = tasks;
        this.clocks = clocks;
        this.notices = notices;
        this.documents = documents;
    }

    /** Ordered events: by time, then by the order of their source below, then by the source's own order. */
    public List<TimelineEvent> of(HistoricProcessInstance instance) {
        List<Ordered> events = new ArrayList<>();
        String id = instance.getId();
        add(events, 0, TimelineEvent.of("case-start:" + id, time(instance.getStartTime()), "CASE_STARTED",
                "立案：" + instance.getProcessDefinitionName() + "，案件编号 " + instance.getBusinessKey(), instance.getStartUserId()));
        List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery().processInstanceId(id)
                .orderPartiallyByOccurrence().asc().list();
        for (HistoricActivityInstance activity : activities) {
            String name = "「" + (activity.getActivityName() == null ? activity.getActivityId() : activity.getActivityName()) + "」";
            add(events, 1, TimelineEvent.of("activity-start:" + activity.getId(), time(activity.getStartTime()), "ACTIVITY_STARTED",
                    "开始" + kind(activity.getActivityType()) + name, null).withActivity(activity.getActivityId()));
            if (activity.getEndTime() != null) {
                add(events, 5, TimelineEvent.of("activity-end:" + activity.getId(), time(activity.getEndTime()),
                        activity.isCanceled() ? "ACTIVITY_CANCELED" : "ACTIVITY_ENDED",
                        (activity.isCanceled() ? "取消" : "完成") + kind(activity.getActivityType()) + name + "，用时 "
                                + duration(activity.getDurationInMillis()), null)
                        .withActivity(activity.getActivityId()).withDetails(Map.of("durationMillis", nonNull(activity.getDurationInMillis()))));
            }
        }
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).list()) {
            add(events, 2, TimelineEvent.of("task-created:" + task.getId(), time(task.getStartTime()), "TASK_CREATED", "生成任务「" + task.getName() + "」"
                    + (task.getDueDate() == null ? "" : "，办理期限 " + CalendarDays.dayOf(task.getDueDate())), null)
                    .withActivity(task.getTaskDefinitionKey()).withDetails(taskDetails(task)));
            if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
                add(events, 4, TimelineEvent.of("task-completed:" + task.getId(), time(task.getEndTime()), "TASK_COMPLETED", "办结任务「" + task.getName() + "」",
                        task.getAssignee()).withActivity(task.getTaskDefinitionKey()).withDetails(taskDetails(task)));
            }
            assignments(events, task);
            // A task's comments: the REST API stores them without the case's id, so they are read per task.
            for (Comment comment : tasks.getTaskComments(task.getId())) {
                add(events, 3, TimelineEvent.of("comment:" + comment.getId(), time(comment.getTime()), "COMMENT", "意见（「" + task.getName() + "」）："
                        + comment.getFullMessage(), comment.getUserId()).withActivity(task.getTaskDefinitionKey()));
            }
        }
        for (Comment comment : tasks.getProcessInstanceComments(id)) {
            if (comment.getTaskId() == null) {
                add(events, 3, TimelineEvent.of("comment:" + comment.getId(), time(comment.getTime()), "COMMENT", comment.getFullMessage(),
                        comment.getUserId()));
            }
        }
        variableChanges(events, id);
        for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(id).list()) {
            add(events, 6, TimelineEvent.of("operation:" + entry.getId(), time(entry.getTimestamp()), "USER_OPERATION", "操作：" + operation(entry.getOperationType())
                    + (entry.getProperty() == null || INTERNAL_PROPERTIES.contains(entry.getProperty()) ? ""
                            : "（" + entry.getProperty() + "：" + entry.getOrgValue() + " → " + entry.getNewValue() + "）"),
                    entry.getUserId()).withDetails(Map.of("operationType", entry.getOperationType(), "entityType", nonNull(entry.getEntityType()),
                    "taskId", nonNull(entry.getTaskId()))));
        }
        decisions(events, id);
        for (HistoricJobLog job : history.createHistoricJobLogQuery().processInstanceId(id).successLog().list()) {
            if (job.getJobDefinitionType() != null && job.getJobDefinitionType().startsWith("timer")) {
                add(events, 1, TimelineEvent.of("timer:" + job.getId(), time(job.getTimestamp()), "TIMER_FIRED", "定时器触发（到期 "
                        + (job.getJobDueDate() == null ? "—" : time(job.getJobDueDate())) + "）", null).withActivity(job.getActivityId()));
            }
        }
        for (ClockPause pause : clocks.pauses(id)) {
            add(events, 7, new TimelineEvent("clock-paused:" + pause.id(), pause.pausedAt(), "CLOCK_PAUSED", "法定期限暂停：" + pause.reason(), pause.pausedBy(), null,
                    pause.dueDateVariable(), null, null, null, null, Map.of("unit", pause.unit().name())));
            if (pause.resumedAt() != null) {
                add(events, 7, new TimelineEvent("clock-resumed:" + pause.id(), pause.resumedAt(), "CLOCK_RESUMED", "法定期限恢复计算，顺延 " + pause.daysAdded() + " 个"
                        + pause.unit().displayName(), pause.resumedBy(), null, pause.dueDateVariable(), null, null, null, null,
                        Map.of("daysAdded", pause.daysAdded())));
            }
        }
        if (instance.getBusinessKey() != null) {
            for (Notice notice : notices.ofCase(instance.getBusinessKey())) {
                add(events, 8, TimelineEvent.of("notice:" + notice.id(), notice.publishedAt(), "NOTICE_PUBLISHED", "发布公告「" + notice.title() + "」",
                        notice.publishedBy()).withDetails(Map.of("noticeId", notice.id(), "noticeType", notice.type().name())));
                if (notice.withdrawnAt() != null) {
                    add(events, 8, TimelineEvent.of("notice-withdrawn:" + notice.id(), notice.withdrawnAt(), "NOTICE_WITHDRAWN", "撤回公告「" + notice.title() + "」："
                            + notice.withdrawalReason(), notice.withdrawnBy()).withDetails(Map.of("noticeId", notice.id())));
                }
            }
            for (CaseDocument document : documents.list(instance.getBusinessKey())) {
                add(events, 4, TimelineEvent.of("document:" + document.id(), document.createdAt(), "DOCUMENT_RECORDED", "形成文书「" + document.title() + "」",
                        document.createdBy()).withActivity(document.activityId()).withDetails(Map.of("documentId", document.id(),
                        "kind", document.kind(), "content", document.content())));
            }
        }
        linkedCases(events, instance);
        if (instance.getEndTime() != null) {
            add(events, 9, TimelineEvent.of("case-end:" + id, time(instance.getEndTime()), "CASE_ENDED",
                    "COMPLETED".equals(instance.getState()) ? "结案" : "案件终止（" + instance.getState() + "）", null));
        }
        // The case's start comes first and its end last, whatever milliseconds the engine stamped on its neighbours.
        OffsetDateTime start = time(instance.getStartTime());
        OffsetDateTime end = time(instance.getEndTime());
        events.replaceAll(e -> e.event().time().isBefore(start) ? e.at(start)
                : end != null && e.event().time().isAfter(end) ? e.at(end) : e);
        events.sort(Comparator.comparingInt((Ordered e) -> e.source() == 0 ? 0 : e.source() == 9 ? 2 : 1)
                .thenComparing(e -> e.event().time()).thenComparingInt(Ordered::source).thenComparingInt(Ordered::index));
        return events.stream().map(Ordered::event).toList();
    }

    /** Who took the task on and when: claims, assignments, delegations (the identity-link log). */
    private void assignments(List<Ordered> events, HistoricTaskInstance task) {
        for (HistoricIdentityLinkLog link : history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).list()) {
            if (!"assignee".equals(link.getType()) && !"owner".equals(link.getType())) {
                continue;
            }
            boolean added = "add".equals(link.getOperationType());
            String role = "owner".equals(link.getType()) ? "委托人" : "办理人";
            add(events, 3, TimelineEvent.of("identity-link:" + link.getId(), time(link.getTime()), added ? "TASK_ASSIGNED" : "TASK_UNASSIGNED",
                    "任务「" + task.getName() + "」" + (added ? "的" + role + "为 " : "不再由 ") + link.getUserId() + (added ? "" : " 担任" + role),
                    link.getAssignerId()).withActivity(task.getTaskDefinitionKey())
                    .withDetails(Map.of("assignee", nonNull(link.getUserId()), "taskId", task.getId(), "role", link.getType())));
        }
    }

    /** Each update of a variable, with the value it replaced. */
    private void variableChanges(List<Ordered> events, String processInstanceId) {
        Map<String, Object> previous = new HashMap<>();
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
                .disableCustomObjectDeserialization().orderPartiallyByOccurrence().asc().list()) {
            HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
            String key = update.getVariableInstanceId();
            boolean first = !previous.containsKey(key);
            Object old = previous.get(key);
            Object value = display(update);
            previous.put(key, value);
            if (!first && java.util.Objects.equals(old, value)) {
                continue; // the same value written again: nothing changed
            }
            add(events, 3, new TimelineEvent("variable:" + update.getId(), time(update.getTime()), first ? "VARIABLE_CREATED" : "VARIABLE_UPDATED",
                    (first ? "记录" : "修改") + "变量 " + update.getVariableName(), null, null, update.getVariableName(),
                    first ? null : old, value, null, null,
                    Map.of("revision", update.getRevision(), "type", nonNull(update.getVariableTypeName()))));
        }
    }

    private void decisions(List<Ordered> events, String processInstanceId) {
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
            add(events, 2, new TimelineEvent("decision:" + decision.getId(), time(decision.getEvaluationTime()), "DECISION_EVALUATED", "决策「" + decision.getDecisionDefinitionName()
                    + "」：" + outputs, null, decision.getActivityId(), null, null, null, inputs, outputs,
                    Map.of("decisionKey", decision.getDecisionDefinitionKey(), "matchedRules", rules)));
        }
    }

    private void linkedCases(List<Ordered> events, HistoricProcessInstance instance) {
        for (String variable : List.of("evaluationCaseNumber", "accidentCaseId")) {
            var linked = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(variable).list();
            for (var link : linked) {
                if (link.getValue() instanceof String number) {
                    add(events, 8, TimelineEvent.of("link:" + link.getId(), time(link.getCreateTime()), "LINKED_CASE",
                            (variable.equals("accidentCaseId") ? "所评估的事故案件：" : "启动整改评估案件：") + number, null)
                            .withDetails(Map.of("caseNumber", number)));
                }
            }
        }
    }

    private static Object display(HistoricVariableUpdate update) {
        var typed = update.getTypedValue();
        if (typed instanceof org.camunda.bpm.engine.variable.value.SerializableValue serializable && !serializable.isDeserialized()) {
            return serializable.getValueSerialized();
        }
        Object value = typed == null ? update.getValue() : typed.getValue();
        if (value instanceof Date date) {
            return time(date).toString();
        }
        return value instanceof String || value instanceof Number || value instanceof Boolean || value == null ? value : String.valueOf(value);
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

    private static void add(List<Ordered> events, int source, TimelineEvent event) {
        if (event.time() != null) {
            events.add(new Ordered(event, source, events.size()));
        }
    }

    static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(CalendarDays.STATUTORY_ZONE).toOffsetDateTime();
    }

    private static Object nonNull(Object value) {
        return value == null ? "" : value;
    }

    private static String duration(Long millis) {
        if (millis == null) {
            return "—";
        }
        Duration d = Duration.ofMillis(millis);
        if (d.toDays() > 0) {
            return d.toDays() + " 天 " + d.toHoursPart() + " 小时";
        }
        if (d.toHours() > 0) {
            return d.toHours() + " 小时 " + d.toMinutesPart() + " 分";
        }
        return d.toMinutes() > 0 ? d.toMinutes() + " 分 " + d.toSecondsPart() + " 秒" : d.toSecondsPart() + " 秒";
    }

    private static String kind(String activityType) {
        return switch (activityType) {
            case "userTask" -> "任务";
            case "serviceTask" -> "系统步骤";
            case "businessRuleTask" -> "决策";
            case "exclusiveGateway", "parallelGateway", "inclusiveGateway" -> "判断";
            case "subProcess" -> "阶段";
            case "startEvent", "noneStartEvent", "messageStartEvent", "startTimerEvent" -> "开始事件";
            case "noneEndEvent", "terminateEndEvent", "endEvent" -> "结束事件";
            case "boundaryTimer", "intermediateTimer" -> "定时事件";
            case "multiInstanceBody" -> "多实例";
            default -> "环节";
        };
    }

    private static String operation(String type) {
        return switch (type) {
            case "Claim" -> "认领任务";
            case "Assign" -> "指派任务";
            case "Delegate" -> "委托任务";
            case "Complete" -> "办结任务";
            case "SetVariable", "ModifyVariable" -> "修改变量";
            case "Create" -> "创建";
            case "Delete" -> "删除";
            case "Update" -> "更新";
            default -> type;
        };
    }

    private record Ordered(TimelineEvent event, int source, int index) {
        Ordered at(OffsetDateTime time) {
            return new Ordered(event.at(time), source, index);
        }
    }
}
