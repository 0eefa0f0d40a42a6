package org.safetyflow.inbox;

import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.casefile.CaseRecordChanged;
import org.safetyflow.storage.Database;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The record of every operation on a task ({@code sf_task_action}), written in the operation's transaction with the
 * news of it ({@link CaseRecordChanged}), which the audit seal records; the case's timeline reads it back.
 */
@Component
public class TaskActions {

    private final Database database;
    private final ApplicationEventPublisher events;

    TaskActions(Database database, ApplicationEventPublisher events) {
        this.database = database;
        this.events = events;
    }

    void record(Task task, String caseNumber, TaskAction.Type type, String actor, String targets, String reason) {
        record(new OnTask(task.getProcessInstanceId(), task.getId(), task.getName(), task.getTaskDefinitionKey()), caseNumber, type, actor, targets, reason);
    }

    void record(OnTask task, String caseNumber, TaskAction.Type type, String actor, String targets, String reason) {
        database.jdbc().update("insert into sf_task_action (case_number, process_instance_id, task_id, task_name, activity_id, action, actor, targets,"
                + " reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", caseNumber, task.processInstanceId(), task.taskId(), task.taskName(),
                task.activityId(), type.name(), actor, targets, reason, Database.now());
        if (caseNumber != null) {
            events.publishEvent(new CaseRecordChanged(caseNumber));
        }
    }

    /** The task an operation concerns, open or completed. */
    record OnTask(String processInstanceId, String taskId, String taskName, String activityId) {
    }

    /** The last time {@code actor} performed {@code type} on the task, if ever. */
    Timestamp last(String taskId, String actor, TaskAction.Type type) {
        return database.jdbc().queryForObject("select max(created_at) from sf_task_action where task_id = ? and actor = ? and action = ?",
                Timestamp.class, taskId, actor, type.name());
    }

    /** The operations on the case's tasks, oldest first. */
    public List<TaskAction> ofCase(String caseNumber) {
        return database.jdbc().query("select * from sf_task_action where case_number = ? order by created_at, id", (rs, row) -> new TaskAction(
                rs.getLong("id"), rs.getString("case_number"), rs.getString("task_id"), rs.getString("task_name"), rs.getString("activity_id"),
                TaskAction.Type.valueOf(rs.getString("action")), rs.getString("actor"), rs.getString("targets"), rs.getString("reason"),
                Database.shanghai(rs.getTimestamp("created_at"))), caseNumber);
    }
}
