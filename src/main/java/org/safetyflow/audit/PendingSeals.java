package org.safetyflow.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.persistence.entity.CommentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.CommentManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.safetyflow.casefile.CaseRecordChanged;
import org.safetyflow.storage.Database;
import org.safetyflow.storage.HistoryEventHooks;
import org.safetyflow.storage.WrittenAtCommit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the work the sealer has to do in the same database transaction as the history it covers, so that
 * a crash (kill -9) loses none of it: the engine reports every history event it writes and every comment it
 * inserts, and when the command's transaction commits, one batch inserts a row per case it touched into
 * {@code sf_audit_pending} (one per comment, naming it, so that a comment deleted before it is sealed is
 * found) and, for each variable update made by a signed-in user, who made it ({@code sf_audit_actor}).
 * The engine runs inside Spring's transaction on SafetyFlow's data source: these rows commit and roll
 * back with the history.
 */
@Component
class PendingSeals extends AbstractProcessEnginePlugin {

    /**
     * How much earlier than the command's first history event one of its events may be stamped (a comment's
     * time is taken before it is inserted, a 文书 before the step's history): the sealer looks that far back.
     */
    private static final long EARLIEST_EVENT_MILLIS = 1000;

    private final Database database;

    PendingSeals(Database database) {
        this.database = database;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        HistoryEventHooks.add(configuration, PendingSeals::touched);
        WrittenAtCommit.register(configuration, Touches.class, () -> new Touches(database));
        // Replaces the engine's comment manager (the custom factory is registered after the engine's own).
        WrittenAtCommit.register(configuration, CommentManager.class, RecordingCommentManager::new);
    }

    /** A SafetyFlow record of a case changed (a notice, a link), in the caller's transaction if there is one. */
    @EventListener
    void recordChanged(CaseRecordChanged change) {
        database.jdbc().update("insert into sf_audit_pending (case_number, since) values (?, ?)", change.caseNumber(), since());
    }

    private static void touched(HistoryEvent event) {
        String processInstanceId = event.getProcessInstanceId() != null ? event.getProcessInstanceId() : event.getRootProcessInstanceId();
        if (processInstanceId == null || Context.getCommandContext() == null) {
            return;
        }
        Touches touches = Context.getCommandContext().getSession(Touches.class);
        touches.instance(processInstanceId);
        if (event instanceof HistoricVariableUpdateEventEntity update) {
            String user = Context.getCommandContext().getAuthenticatedUserId();
            if (user != null) {
                touches.actor(update, processInstanceId, user);
            }
        }
    }

    private static Timestamp since() {
        return new Timestamp(Database.now().getTime() - EARLIEST_EVENT_MILLIS);
    }

    /** What one engine command touched; written when its transaction commits. */
    static final class Touches extends WrittenAtCommit {

        private final Database database;
        private final Timestamp since = since();
        /** Touched cases by process instance, each with the comments written on it. */
        private final Map<String, List<String>> comments = new LinkedHashMap<>();
        private final List<Actor> actors = new ArrayList<>();

        Touches(Database database) {
            this.database = database;
        }

        void instance(String processInstanceId) {
            comments.computeIfAbsent(processInstanceId, id -> new ArrayList<>());
        }

        void comment(String processInstanceId, String commentId) {
            comments.computeIfAbsent(processInstanceId, id -> new ArrayList<>()).add(commentId);
        }

        /** The update's id (its ACT_HI_DETAIL row) is known only once the engine inserted it, after this handler. */
        void actor(HistoricVariableUpdateEventEntity update, String processInstanceId, String user) {
            actors.add(new Actor(update, processInstanceId, user));
        }

        @Override
        protected void write() {
            List<Object[]> rows = new ArrayList<>();
            comments.forEach((instance, ids) -> {
                if (ids.isEmpty()) {
                    rows.add(new Object[] {instance, null, since});
                }
                ids.forEach(id -> rows.add(new Object[] {instance, id, since}));
            });
            if (rows.isEmpty()) {
                return;
            }
            database.jdbc().batchUpdate("insert into sf_audit_pending (process_instance_id, comment_id, since) values (?, ?, ?)", rows);
            List<Object[]> who = actors.stream().filter(actor -> actor.update().getId() != null)
                    .map(actor -> new Object[] {actor.update().getId(), actor.processInstanceId(), actor.user()}).toList();
            if (!who.isEmpty()) {
                database.jdbc().batchUpdate("insert into sf_audit_actor (detail_id, process_instance_id, user_id) values (?, ?, ?)", who);
            }
        }

        private record Actor(HistoricVariableUpdateEventEntity update, String processInstanceId, String user) {
        }
    }

    /** The engine's comment manager, reporting each comment it inserts. */
    static final class RecordingCommentManager extends CommentManager {

        @Override
        public void insert(DbEntity entity) {
            super.insert(entity);
            if (entity instanceof CommentEntity comment && CommentEntity.TYPE_COMMENT.equals(comment.getType())) {
                String processInstanceId = comment.getProcessInstanceId();
                if (processInstanceId == null && comment.getTaskId() != null) {
                    // A task's comment written over REST names no case: the task does.
                    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(comment.getTaskId());
                    processInstanceId = task == null ? null : task.getProcessInstanceId();
                }
                if (processInstanceId != null) {
                    Context.getCommandContext().getSession(Touches.class).comment(processInstanceId, comment.getId());
                }
            }
        }
    }
}
