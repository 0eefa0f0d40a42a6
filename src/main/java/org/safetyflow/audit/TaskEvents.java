package org.safetyflow.audit;

import static org.safetyflow.audit.Timelines.time;

import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.safetyflow.calendar.CalendarDays;
import org.springframework.stereotype.Component;

/** A case's tasks on its timeline: each created and completed, who took it on (claims, assignments, delegations), its comments. */
@Component
class TaskEvents {

    private final HistoryService history;
    private final TaskService tasks;

    TaskEvents(HistoryService history, TaskService tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    /** The events of the case's tasks (from {@code after} on, when given: of the tasks created or ended since, and those open). */
    void addTo(TimelineEvents events, String processInstanceId, Date after) {
        for (HistoricTaskInstance task : tasks(processInstanceId, after)) {
            events.add(2, TimelineEvent.of("task-created:" + task.getId(), time(task.getStartTime()), "TASK_CREATED", "生成任务「" + task.getName() + "」"
                    + (task.getDueDate() == null ? "" : "，办理期限 " + CalendarDays.dayOf(task.getDueDate())), null)
                    .withActivity(task.getTaskDefinitionKey()).withDetails(details(task)));
            if (task.getEndTime() != null && "completed".equals(task.getDeleteReason())) {
                events.add(4, TimelineEvent.of("task-completed:" + task.getId(), time(task.getEndTime()), "TASK_COMPLETED", "办结任务「" + task.getName() + "」",
                        task.getAssignee()).withActivity(task.getTaskDefinitionKey()).withDetails(details(task)));
            }
            assignments(events, task);
            // A task's comments: the REST API stores them without the case's id, so they are read per task.
            for (Comment comment : tasks.getTaskComments(task.getId())) {
                events.add(3, TimelineEvent.of("comment:" + comment.getId(), time(comment.getTime()), "COMMENT", "意见（「" + task.getName() + "」）："
                        + comment.getFullMessage(), comment.getUserId()).withActivity(task.getTaskDefinitionKey()));
            }
        }
    }

    /** Every task of the case; from {@code after} on: those created or ended since, and those open (claimed or commented meanwhile). */
    private Collection<HistoricTaskInstance> tasks(String processInstanceId, Date after) {
        if (after == null) {
            return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list();
        }
        Map<String, HistoricTaskInstance> tasks = new LinkedHashMap<>();
        for (var query : List.of(history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).startedAfter(after),
                history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).finishedAfter(after),
                history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).unfinished())) {
            query.list().forEach(task -> tasks.put(task.getId(), task));
        }
        return tasks.values();
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
                    .withDetails(Map.of("assignee", link.getUserId() == null ? "" : link.getUserId(), "taskId", task.getId(), "role", link.getType())));
        }
    }

    private static Map<String, Object> details(HistoricTaskInstance task) {
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
}
