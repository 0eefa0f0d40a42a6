package org.safetyflow.inbox;

import org.safetyflow.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Repairs the inbox's read model where it drifted from the engine's tasks: a row no open task has (or with other
 * values) is removed, a row missing is added, and the row of a completed task whose history is gone is removed. The
 * index follows every history event of the engine, so drift comes from changes made beside the engine (SQL, a node
 * running an older SafetyFlow, a database restored from an older copy). Runs at start (filling the table of an upgraded
 * database) and by {@code safetyflow.inbox.reconcile-cron}; a row changed by an engine command that commits meanwhile is
 * repaired by that command itself, both read the same committed rows.
 */
@Component
class InboxReconciliation {

    private static final Logger log = LoggerFactory.getLogger(InboxReconciliation.class);

    /** The same row as the engine's, column by column, nulls equal. */
    private static final String SAME_ROW = "r.task_id = s.task_id and r.principal = s.principal and r.kind = s.kind and r.tenant_id = s.tenant_id"
            + " and " + same("process_instance_id") + " and " + same("task_name") + " and " + same("task_key") + " and " + same("assignee")
            + " and " + same("due_at") + " and " + same("created_at");

    private final Database database;
    private final TransactionTemplate transaction;
    private final InboxReminders reminders;

    InboxReconciliation(Database database, PlatformTransactionManager transactions, InboxReminders reminders) {
        this.database = database;
        this.transaction = new TransactionTemplate(transactions);
        this.reminders = reminders;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        reconcileAndRemind();
    }

    @Scheduled(cron = "${safetyflow.inbox.reconcile-cron}", zone = "Asia/Shanghai")
    void reconcileAndRemind() {
        try {
            reconcile();
            reminders.send();
        } catch (RuntimeException e) {
            // Another node's or a command's concurrent write of the same row: the next round repairs what is left.
            log.warn("Inbox reconciliation did not finish: {}", e.getMessage());
        }
    }

    /** Repairs the table; returns how many rows it removed and added. */
    int reconcile() {
        Integer repaired = transaction.execute(status -> {
            int removed = database.jdbc().update("delete from sf_inbox s where s.kind <> 'D' and not exists (select 1 from ("
                    + InboxIndex.OPEN_ROWS + ") r where " + SAME_ROW + ")");
            removed += database.jdbc().update("delete from sf_inbox s where s.kind = 'D'"
                    + " and not exists (select 1 from act_hi_taskinst h where h.id_ = s.task_id)");
            int added = database.jdbc().update("insert into sf_inbox (" + InboxIndex.COLUMNS + ") select * from (" + InboxIndex.OPEN_ROWS
                    + ") r where not exists (select 1 from sf_inbox s where s.task_id = r.task_id and s.principal = r.principal and s.kind = r.kind)");
            if (removed + added > 0) {
                log.info("Inbox read model repaired: {} rows removed, {} added", removed, added);
            }
            return removed + added;
        });
        return repaired == null ? 0 : repaired;
    }

    private static String same(String column) {
        return "(r." + column + " = s." + column + " or r." + column + " is null and s." + column + " is null)";
    }
}
