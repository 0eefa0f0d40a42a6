package org.safetyflow.inbox;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.safetyflow.storage.Database;
import org.safetyflow.storage.HistoryEventHooks;
import org.safetyflow.storage.WrittenAtCommit;
import org.springframework.stereotype.Component;

/**
 * The inbox's read model ({@code sf_inbox}, V14), written in the transaction of the engine's change it copies. The
 * engine reports a history event for each task created, changed (claimed, delegated, given a due date), completed or
 * deleted, and for each candidate user or group added or removed; when the command commits, the rows of every task it
 * touched are copied again from the engine's runtime tables, which the engine has flushed by then ({@link #OPEN_ROWS}),
 * and a task completed gets the row of the user who completed it ({@link #DONE_ROWS}). {@link InboxReconciliation}
 * compares the same queries with the whole table.
 */
@Component
class InboxIndex extends AbstractProcessEnginePlugin {

    static final String COLUMNS = "task_id, principal, kind, tenant_id, process_instance_id, task_name, task_key, assignee, due_at, created_at,"
            + " ended_at, sort_at";

    /** A task's case: its own, or for a 加签 signer's subtask, its parent's. */
    private static final String INSTANCE = "coalesce(t.proc_inst_id_, (select p.proc_inst_id_ from act_ru_task p where p.id_ = t.parent_task_id_))";

    /**
     * The rows of the open tasks, in {@link #COLUMNS}' order: the assignee's, or while the task is unclaimed, each
     * candidate user's and group's (once, though the engine may hold a link twice).
     */
    static final String OPEN_ROWS = "select t.id_ as task_id, " + concat("'u:'", "t.assignee_") + " as principal, 'A' as kind,"
            + " coalesce(t.tenant_id_, '-') as tenant_id, " + INSTANCE + " as process_instance_id, t.name_ as task_name, t.task_def_key_ as task_key,"
            + " t.assignee_ as assignee, t.due_date_ as due_at, t.create_time_ as created_at, cast(null as timestamp) as ended_at, t.due_date_ as sort_at"
            + " from act_ru_task t where t.assignee_ is not null"
            + " union select t.id_, case when i.user_id_ is null then " + concat("'g:'", "i.group_id_") + " else " + concat("'u:'", "i.user_id_")
            + " end, 'C', coalesce(t.tenant_id_, '-'), " + INSTANCE + ", t.name_, t.task_def_key_, t.assignee_, t.due_date_, t.create_time_,"
            + " cast(null as timestamp), t.due_date_"
            + " from act_ru_task t join act_ru_identitylink i on i.task_id_ = t.id_ and i.type_ = 'candidate'"
            + " where t.assignee_ is null and (i.user_id_ is not null or i.group_id_ is not null)";

    /** The row of a completed task (by id, {@code ?} 2) for the user who completed it ({@code ?} 1: {@code u:} and the id). */
    static final String DONE_ROWS = "select h.id_, ?, 'D', coalesce(h.tenant_id_, '-'),"
            + " coalesce(h.proc_inst_id_, (select p.proc_inst_id_ from act_hi_taskinst p where p.id_ = h.parent_task_id_)), h.name_,"
            + " h.task_def_key_, h.assignee_, h.due_date_, h.start_time_, h.end_time_, h.end_time_ from act_hi_taskinst h where h.id_ = ?";

    private final Database database;

    InboxIndex(Database database) {
        this.database = database;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHooks.add(configuration, InboxIndex::seen);
        WrittenAtCommit.register(configuration, Changes.class, () -> new Changes(database));
    }

    private static void seen(HistoryEvent event) {
        if (Context.getCommandContext() == null) {
            return;
        }
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            Changes changes = Context.getCommandContext().getSession(Changes.class);
            changes.tasks.add(task.getId());
            // The engine reports a task's end as "complete" whatever ended it; only one completed (not one cancelled by a
            // 退回, a 撤回 or a boundary event) is somebody's 已办.
            if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE) && TaskEntity.DELETE_REASON_COMPLETED.equals(task.getDeleteReason())) {
                String user = Context.getCommandContext().getAuthenticatedUserId();
                String completedBy = user != null ? user : task.getAssignee();
                if (completedBy != null) {
                    changes.completed.put(task.getId(), "u:" + completedBy);
                }
            }
        } else if (event instanceof HistoricIdentityLinkLogEventEntity link && link.getTaskId() != null) {
            Changes changes = Context.getCommandContext().getSession(Changes.class);
            changes.tasks.add(link.getTaskId());
            if (IdentityLinkType.ASSIGNEE.equals(link.getType()) && "add".equals(link.getOperationType())
                    && link.getUserId() != null && !link.getUserId().equals(Context.getCommandContext().getAuthenticatedUserId())) {
                changes.assigned.put(link.getTaskId(), link.getUserId());
            }
        }
    }

    /**
     * Tells this command's commit not to send the plain 「新任务」 notification for the task's new assignee: the operation
     * that assigns it (转办, 委派) sends its own, with its reason.
     */
    static void quietAssignment(String taskId) {
        Context.getCommandContext().getSession(Changes.class).quiet.add(taskId);
    }

    /** A task its completer recalled (撤回) is no longer among its 已办: its row goes, in the caller's transaction. */
    void recalled(String taskId) {
        database.jdbc().update("delete from sf_inbox where task_id = ? and kind = 'D'", taskId);
    }

    private static String concat(String left, String right) {
        return left + " || " + right;
    }

    /** The tasks one command touched; their rows are copied again when its transaction commits. */
    static final class Changes extends WrittenAtCommit {

        private final Database database;
        private final Set<String> tasks = new LinkedHashSet<>();
        /** Completed tasks and who completed each. */
        private final Map<String, String> completed = new LinkedHashMap<>();
        /** Tasks given to a user by somebody else (or by the process), and to whom. */
        private final Map<String, String> assigned = new LinkedHashMap<>();
        private final Set<String> quiet = new HashSet<>();

        Changes(Database database) {
            this.database = database;
        }

        @Override
        protected void write() {
            if (tasks.isEmpty()) {
                return;
            }
            List<Object[]> ids = new ArrayList<>();
            tasks.forEach(id -> ids.add(new Object[] {id}));
            database.jdbc().batchUpdate("delete from sf_inbox where task_id = ? and kind <> 'D'", ids);
            database.jdbc().batchUpdate("insert into sf_inbox (" + COLUMNS + ") select * from (" + OPEN_ROWS + ") r where r.task_id = ?", ids);
            if (!completed.isEmpty()) {
                List<Object[]> done = new ArrayList<>();
                completed.forEach((task, user) -> done.add(new Object[] {user, task}));
                database.jdbc().batchUpdate("insert into sf_inbox (" + COLUMNS + ") " + DONE_ROWS, done);
            }
            List<Object[]> told = new ArrayList<>();
            Timestamp now = Database.now();
            assigned.forEach((task, user) -> {
                if (!quiet.contains(task)) {
                    told.add(new Object[] {user, now, task, user});
                }
            });
            // Only while the task is open and still the user's at commit.
            database.jdbc().batchUpdate("insert into sf_notification (user_id, kind, title, body, case_number, task_id, created_at)"
                    + " select ?, 'ASSIGNED', " + concat("'新任务：「'", concat("t.name_", "'」'")) + ", " + concat("'您有一项新的待办任务「'",
                    concat("t.name_", "'」'")) + ", e.business_key_, t.id_, ? from act_ru_task t left join act_ru_execution e on e.id_ = t.proc_inst_id_"
                    + " where t.id_ = ? and t.assignee_ = ?", told);
        }
    }
}
