package org.safetyflow.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.safetyflow.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the engine's tables lack for SafetyFlow's load on PostgreSQL, added at start-up (idempotently,
 * after the engine created its tables; measured in docs/benchmarks.md):
 * <ul>
 * <li>statistics on the permission bits of ACT_RU_AUTHORIZATION: the engine checks permissions as
 * {@code PERMS_ & n = n}, which PostgreSQL otherwise guesses to match 0.5 % of the rows; with a few
 * thousand per-task grants in reach (an expert's, an enterprise's) it then joins every grant against
 * every task (minutes at 100,000 tasks) instead of looking each task's grants up (about a second);
 * the engine's connections plan each query with its actual values and price operators higher
 * (plan_cache_mode, cpu_operator_cost: application-postgres.yaml) so that these statistics lead to
 * that plan;</li>
 * <li>an index on ACT_RU_TASK(DUE_DATE_), the order of every Tasklist filter: the page of 15 is read
 * along it instead of sorting every task in reach (at 100,000 tasks the city clerk's list request
 * halves);</li>
 * <li>an index on ACT_RU_TASK(PARENT_TASK_ID_), which the engine queries on every task completion
 * and does not index (at 100,000 open tasks a sequential scan of 162 ms per completion, 0.2 ms with it);</li>
 * <li>an index for the job executor's acquisition, which asks for jobs due by now that still have retries and are
 * not suspended: without it every acquisition scans every timer (at 100,000 open cases' timers 40 ms, 0.9 ms with
 * it; docs/benchmarks.md).</li>
 * </ul>
 */
@Component
@Order(0)
class EngineTuning implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(EngineTuning.class);
    private static final String[] STATEMENTS = {
        "create statistics if not exists sf_authorization_permissions (mcv) on (perms_ & 2), (perms_ & 64), (perms_ & 512),"
                + " (perms_ & 4096), resource_type_ from act_ru_authorization",
        "create index if not exists sf_task_due on act_ru_task (due_date_)",
        "create index if not exists sf_task_parent on act_ru_task (parent_task_id_)",
        "create index if not exists sf_job_acquisition on act_ru_job (duedate_) where retries_ > 0 and suspension_state_ = 1",
        "analyze act_ru_authorization"};

    private final DataSource dataSource;

    EngineTuning(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")
                    || connection.getMetaData().getDatabaseMajorVersion() < 14) {
                return;
            }
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String statement : STATEMENTS) {
            jdbc.execute(statement);
        }
        log.info("Engine tables tuned for PostgreSQL: permission statistics, indexes on ACT_RU_TASK(DUE_DATE_, PARENT_TASK_ID_)"
                + " and for job acquisition");
    }
}
