package org.safetyflow.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
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
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
    private final TaskEvents taskEvents;
    private final CaseRecordEvents records;
    private final VariableChanges variables;

    Timelines(HistoryService history, TaskService tasks, TaskEvents taskEvents, CaseRecordEvents records, VariableChanges variables) {
        this.history = history;
        this.tasks = tasks;
        this.taskEvents = taskEvents;
        this.records = records;
        this.variables = variables;
    }

    /** Ordered events: by time, then by the order of their source below, then by the source's own order. */
    public List<TimelineEvent> of(HistoricProcessInstance instance) {
        return collect(instance, null);
    }

    /**
     * The events stamped from {@code from} on, as {@link #of} has them, read without the rest of the case where the
     * engine's queries can filter by time (steps, tasks and their assignments and comments, user operations,
     * decisions): what the sealer needs after a change, not the case's whole history. Comments added to a task after
     * it ended are not among them (the sealer reads the whole case for work that names a comment).
     */
    List<TimelineEvent> since(HistoricProcessInstance instance, Instant from) {
        // Events stamped before the case's start show at its start: from there on the whole case is read.
        return from == null || !from.isAfter(instance.getStartTime().toInstant()) ? of(instance) : collect(instance, from);
    }

    private List<TimelineEvent> collect(HistoricProcessInstance instance, Instant from) {
        TimelineEvents events = new TimelineEvents(from);
        // The engine's "after" filters differ in whether they include the moment itself; TimelineEvents drops what is earlier.
        Date after = from == null ? null : Date.from(from.minusMillis(1));
        String id = instance.getId();
        events.add(0, TimelineEvent.of("case-start:" + id, time(instance.getStartTime()), "CASE_STARTED",
                "立案：" + instance.getProcessDefinitionName() + "，案件编号 " + instance.getBusinessKey(), instance.getStartUserId()));
        for (HistoricActivityInstance activity : activities(id, after)) {
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
        taskEvents.addTo(events, id, after);
        for (Comment comment : tasks.getProcessInstanceComments(id)) {
            if (comment.getTaskId() == null) {
                events.add(3, TimelineEvent.of("comment:" + comment.getId(), time(comment.getTime()), "COMMENT", comment.getFullMessage(),
                        comment.getUserId()));
            }
        }
        variables.addTo(events, instance);
        var operations = history.createUserOperationLogQuery().processInstanceId(id);
        for (UserOperationLogEntry entry : (after == null ? operations : operations.afterTimestamp(after)).list()) {
            events.add(6, TimelineEvent.of("operation:" + entry.getId(), time(entry.getTimestamp()), "USER_OPERATION", "操作：" + TimelineWording.operation(entry.getOperationType())
                    + (entry.getProperty() == null || INTERNAL_PROPERTIES.contains(entry.getProperty()) ? ""
                            : "（" + entry.getProperty() + "：" + entry.getOrgValue() + " → " + entry.getNewValue() + "）"),
                    entry.getUserId()).withDetails(Map.of("operationType", entry.getOperationType(), "entityType", nonNull(entry.getEntityType()),
                    "taskId", nonNull(entry.getTaskId()))));
        }
        decisions(events, id, after);
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

    /** Every step the case entered or left (from {@code after} on, when given). */
    private Collection<HistoricActivityInstance> activities(String processInstanceId, Date after) {
        if (after == null) {
            return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).orderPartiallyByOccurrence().asc().list();
        }
        Map<String, HistoricActivityInstance> activities = new LinkedHashMap<>();
        history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).startedAfter(after).list()
                .forEach(activity -> activities.put(activity.getId(), activity));
        history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).finishedAfter(after).list()
                .forEach(activity -> activities.put(activity.getId(), activity));
        return activities.values();
    }

    private void decisions(TimelineEvents events, String processInstanceId, Date after) {
        var query = history.createHistoricDecisionInstanceQuery().processInstanceId(processInstanceId);
        for (HistoricDecisionInstance decision : (after == null ? query : query.evaluatedAfter(after))
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

    static OffsetDateTime time(Date date) {
        return date == null ? null : date.toInstant().atZone(CalendarDays.STATUTORY_ZONE).toOffsetDateTime();
    }

    private static Object nonNull(Object value) {
        return value == null ? "" : value;
    }
}
