package org.safetyflow.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * SafetyFlow's own tables, reached through the engine's data source: a statement run while the
 * engine executes a command joins the engine's transaction, so a case start that fails leaves none
 * of SafetyFlow's rows behind either.
 */
@Component
public class Database {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    Database(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database", e);
        }
    }

    /** The engine's clock (which tests may move) as a timestamp to store. */
    public static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    /** A stored timestamp as a moment in Asia/Shanghai, as SafetyFlow's API shows moments. */
    public static OffsetDateTime shanghai(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atZone(SHANGHAI).toOffsetDateTime();
    }

    /** Whether this is PostgreSQL (production), not the demo's H2: for statements only PostgreSQL has. */
    public boolean postgres() {
        return postgres;
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /**
     * Runs an {@code INSERT} that may meet an existing row with the same key, and leaves that row as
     * it is. On PostgreSQL with {@code ON CONFLICT DO NOTHING}, which also waits for a concurrent
     * insert of the same key instead of failing (and never aborts the surrounding transaction); on
     * H2 by ignoring the duplicate-key error, which H2 does not turn into a failed transaction.
     *
     * @return whether a row was inserted
     */
    public boolean insertIfAbsent(String insertSql, Object... args) {
        if (postgres) {
            return jdbc.update(insertSql + " on conflict do nothing", args) > 0;
        }
        try {
            return jdbc.update(insertSql, args) > 0;
        } catch (DuplicateKeyException exists) {
            return false;
        }
    }

    /**
     * For a transaction of short reads of SafetyFlow's own tables (a search of tens of thousands of narrow rows): on
     * PostgreSQL its statements are planned without JIT compilation and without parallel workers, which on such tables
     * cost more than they save — JIT compiles any plan priced over {@code jit_above_cost} (100+ ms), a parallel worker
     * starts for any table over 8 MB (docs/benchmarks.md). Nothing on H2.
     */
    public void shortReadsInThisTransaction() {
        if (postgres) {
            jdbc.queryForList("select set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)");
        }
    }

    /**
     * Writes the rows {@code rows} (a {@code SELECT} or {@code VALUES} with parameters) into {@code table}, once per
     * argument list, overwriting a row with the same {@code key}: PostgreSQL's {@code ON CONFLICT DO UPDATE} (which
     * leaves a row that would not change untouched), H2's {@code MERGE}.
     *
     * @param columns the table's columns in the order {@code rows} gives them, {@code key} first
     */
    public void upsert(String table, List<String> columns, String rows, List<Object[]> args) {
        if (!args.isEmpty()) {
            jdbc.batchUpdate(upsertSql(table, columns, rows), args);
        }
    }

    /**
     * Copies the rows of a query into {@code table}, leaving a row whose key is already there as it is (on PostgreSQL;
     * on H2, the single-node demo, the query's row replaces it).
     */
    public int insertMissing(String table, List<String> columns, String rows) {
        if (postgres) {
            return jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") " + rows + " on conflict do nothing");
        }
        return jdbc.update(upsertSql(table, columns, rows));
    }

    private String upsertSql(String table, List<String> columns, String rows) {
        String key = columns.get(0);
        if (!postgres) {
            return "merge into " + table + " (" + String.join(", ", columns) + ") key (" + key + ") " + rows;
        }
        List<String> values = columns.subList(1, columns.size());
        return "insert into " + table + " (" + String.join(", ", columns) + ") " + rows + " on conflict (" + key + ") do update set "
                + String.join(", ", values.stream().map(column -> column + " = excluded." + column).toList())
                + " where (" + String.join(", ", values.stream().map(column -> table + "." + column).toList()) + ") is distinct from ("
                + String.join(", ", values.stream().map(column -> "excluded." + column).toList()) + ")";
    }
}
