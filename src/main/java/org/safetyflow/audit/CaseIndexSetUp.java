package org.safetyflow.audit;

import java.util.List;
import org.safetyflow.StartupStep;
import org.safetyflow.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes the case index ({@link CaseIndex}) once the engine's tables exist, idempotently at every start:
 * <ul>
 * <li>ties each index row to the engine's history row it copies (a foreign key with {@code ON DELETE CASCADE}, after
 * removing a row whose history went before the key existed), so that the case leaves the search with its history;</li>
 * <li>once after V13, copies the cases that were there before (an upgraded database answers the search at once); a
 * case that changed since the engine started is copied already and left as it is.</li>
 * </ul>
 */
@Component
@Order(1)
class CaseIndexSetUp implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(CaseIndexSetUp.class);

    /** Each index table's tie to the engine: table, its key, the engine's table. */
    private static final List<List<String>> TIES = List.of(
            List.of("sf_case", "process_instance_id", "act_hi_procinst"),
            List.of("sf_case_enterprise", "variable_id", "act_hi_varinst"),
            List.of("sf_case_actor", "task_id", "act_hi_taskinst"));

    private final Database database;
    private final TransactionTemplate transaction;

    CaseIndexSetUp(Database database, PlatformTransactionManager transactions) {
        this.database = database;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run() {
        for (List<String> tie : TIES) {
            tie(tie.get(0), tie.get(1), tie.get(2));
        }
        transaction.executeWithoutResult(status -> {
            if (database.jdbc().queryForObject("select count(*) from sf_case_backfill", Integer.class) == 0) {
                return;
            }
            int cases = database.insertMissing("sf_case", CaseIndex.CASE_COLUMNS, CaseIndex.CASES);
            int enterprises = database.insertMissing("sf_case_enterprise", CaseIndex.ENTERPRISE_COLUMNS, CaseIndex.ENTERPRISES);
            int actors = database.insertMissing("sf_case_actor", CaseIndex.ACTOR_COLUMNS, CaseIndex.ACTORS);
            database.jdbc().update("delete from sf_case_backfill");
            log.info("Case index: {} cases from before it copied, with {} enterprise values and {} task assignees", cases, enterprises, actors);
        });
    }

    private void tie(String table, String key, String engineTable) {
        String name = table + "_history";
        if (exists(name)) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> {
                database.jdbc().update("delete from " + table + " where not exists (select 1 from " + engineTable + " e where e.id_ = " + table
                        + "." + key + ")");
                database.jdbc().execute("alter table " + table + " add constraint " + name + " foreign key (" + key + ") references "
                        + engineTable + " (id_) on delete cascade");
            });
        } catch (DataAccessException e) {
            if (!exists(name)) {
                throw e;
            }
            // another node starting at the same time added it first
        }
    }

    private boolean exists(String constraint) {
        return database.jdbc().queryForObject("select count(*) from information_schema.table_constraints where lower(constraint_name) = ?",
                Integer.class, constraint) > 0;
    }
}
