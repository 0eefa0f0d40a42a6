package org.safetyflow.testing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** For benchmarks on PostgreSQL: many copies of the engine's rows of one real case, made in one statement per table. */
public final class RowCopies {

    private RowCopies() {
    }

    /** Copies the rows of {@code table} matching {@code where} {@code count} times (g = 1..count), with some columns computed from g. */
    public static void copy(JdbcTemplate jdbc, String table, String where, int count, Map<String, String> computed) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_name = ? and table_schema = current_schema()"
                + " order by ordinal_position", String.class, table);
        String select = columns.stream().map(column -> computed.getOrDefault(column, column)).collect(Collectors.joining(", "));
        jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + select + " from " + table
                + ", generate_series(1, " + count + ") g where " + where);
    }
}
