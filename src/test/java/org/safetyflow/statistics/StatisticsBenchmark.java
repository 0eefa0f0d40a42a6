package org.safetyflow.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/statistics} at 100,000 cases (on demand: {@code mvn -Pbenchmark test -Dtest=StatisticsBenchmark}; size
 * {@code -Dbenchmark.cases=}): cases of six processes in the six districts of 枣庄市, started over the past year, half of
 * them ended, with the variables the figures read (a hazard's grade, listing and 销号, an accident's grade, deaths,
 * injuries and loss, a penalty's outcome and fine) and their 文书 (decisions, inspection records), seeded in SQL. Measured
 * over HTTP as the dashboard asks: the city's official (all six districts), a district's, and one table as CSV.
 * Prints a Markdown table for docs/benchmarks.md; the seeded rows are removed afterwards.
 */
@EngineTest
@Tag("benchmark")
class StatisticsBenchmark {

    static final int CASES = Integer.getInteger("benchmark.cases", 100_000);
    static final int RUNS = 50;
    static final String PASSWORD = "Bench#Stat2026x";

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    IdentityService identityService;

    JdbcTemplate jdbc;
    final Map<String, String> table = new LinkedHashMap<>();

    @Test
    void statisticsAtOneHundredThousandCases() {
        jdbc = new JdbcTemplate(dataSource);
        user("bench-stat-city", "370400");
        user("bench-stat-county", "370405");
        try {
            long start = System.nanoTime();
            seed();
            jdbc.execute("analyze");
            table.put("seeding " + CASES + " cases with their variables and 文书 (SQL)", String.format("%.1f s", (System.nanoTime() - start) / 1e9));
            Http city = Http.as(port, "bench-stat-city", PASSWORD);
            Http county = Http.as(port, "bench-stat-county", PASSWORD);
            String from = LocalDate.now().minusYears(1).toString();
            Http.Response first = city.get("/api/statistics?from=" + from);
            long opened = 0;
            for (com.fasterxml.jackson.databind.JsonNode row : first.json().path("byJurisdiction")) {
                opened += row.path("opened").asLong();
            }
            table.put("the city's figures over the year: cases opened (check: all seeded)", String.valueOf(opened));
            table.put("GET /api/statistics?from=<a year ago> as 枣庄市 (6 districts, " + CASES + " cases)", times(() -> city.get("/api/statistics?from=" + from)));
            table.put("GET /api/statistics (this year) as 枣庄市", times(() -> city.get("/api/statistics")));
            table.put("GET /api/statistics?from=<a year ago> as 台儿庄区 (1 district)", times(() -> county.get("/api/statistics?from=" + from)));
            table.put("GET /api/statistics?from=<a year ago>&format=csv&table=jurisdictions as 枣庄市",
                    times(() -> city.get("/api/statistics?from=" + from + "&format=csv&table=jurisdictions")));
        } finally {
            clean();
        }
        StringBuilder out = new StringBuilder("\n" + LocalDate.now() + ", " + CASES + " cases, "
                + jdbc.queryForObject("select version()", String.class).replaceAll(" on .*", "") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, " + RUNS + " requests each after 10 to warm up\n\n| request | p50 / p95 / p99 ms |\n|---|---|\n");
        table.forEach((request, times) -> out.append("| ").append(request).append(" | ").append(times).append(" |\n"));
        System.out.println(out);
    }

    /** Cases ~bst~N over six processes and six districts; the variables and documents the figures read. */
    private void seed() {
        // The index rows copy the engine's history rows (a foreign key): one each, as the engine would have written it.
        jdbc.update("insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_id_, proc_def_key_, start_time_, end_time_, tenant_id_, state_)"
                + " select 'bst~' || g, 'bst~' || g, 'BS-' || g, 'bst-definition', 'benchmark', now() - (g % 365) * interval '1 day',"
                + " case when g % 2 = 0 then now() - (g % 180) * interval '1 day' end, '370405', case when g % 2 = 0 then 'COMPLETED' else 'ACTIVE' end"
                + " from generate_series(1, ?) g", CASES);
        jdbc.update("insert into sf_case (process_instance_id, case_number, process_key, process_name, tenant_id, started_at, ended_at, state, due_at)"
                + " select 'bst~' || g, 'BS-' || g, (array['complaint-intake','hazard-rectification','accident-investigation','administrative-penalty',"
                + "'joint-enforcement','post-accident-evaluation'])[1 + g % 6], '基准流程 ' || (g % 6),"
                + " (array['370402','370403','370404','370405','370406','370481'])[1 + (g / 6) % 6],"
                + " now() - (g % 365) * interval '1 day', case when g % 2 = 0 then now() - (g % 180) * interval '1 day' end,"
                + " case when g % 2 = 0 then 'COMPLETED' else 'ACTIVE' end, now() + ((g % 120) - 30) * interval '1 day'"
                + " from generate_series(1, ?) g", CASES);
        variable("hazardGrade", "text_", "case when g % 5 = 1 then 'MAJOR' else 'ORDINARY' end", 1);
        variable("listingLevel", "text_", "case when g % 5 = 1 then 'CITY' end", 1);
        variable("delistedAt", "long_", "case when g % 10 = 1 then 1764547200000 end", 1);
        variable("accidentGrade", "text_", "'ORDINARY'", 2);
        variable("deaths", "long_", "g % 3", 2);
        variable("seriousInjuries", "long_", "g % 4", 2);
        variable("directEconomicLossYuan", "double_", "(g % 100) * 10000.0", 2);
        variable("decisionOutcome", "text_", "case when g % 4 = 0 then 'NOT_PENALIZE' else 'PENALIZE' end", 3);
        variable("fineAmountYuan", "double_", "(g % 20) * 10000.0", 3);
        for (String[] document : new String[][] {{"DECISION", "3"}, {"INSPECTION_RECORD", "4"}}) {
            jdbc.update("insert into sf_case_document (id, case_number, process_instance_id, kind, title, content, created_at, seq_in_case)"
                    + " select 'bst~' || g || '~' || ?, 'BS-' || g, 'bst~' || g, ?, ?, '{}', now() - (g % 365) * interval '1 day', 1"
                    + " from generate_series(1, ?) g where g % 6 = ?", document[0], document[0], document[0], CASES, Integer.parseInt(document[1]));
        }
    }

    /** A variable of the cases of one process (g % 6 = {@code process}), its value an SQL expression of g. */
    private void variable(String name, String column, String value, int process) {
        jdbc.update("insert into act_hi_varinst (id_, proc_inst_id_, execution_id_, name_, var_type_, " + column + ", create_time_, rev_)"
                + " select 'bst~' || g || '~' || ?, 'bst~' || g, 'bst~' || g, ?, ?, " + value + ", now(), 1 from generate_series(1, ?) g"
                + " where g % 6 = ?", name, name, column.equals("text_") ? "string" : column.equals("long_") ? "long" : "double", CASES, process);
    }

    private void clean() {
        jdbc.update("delete from sf_case_document where id like 'bst~%'");
        jdbc.update("delete from act_hi_varinst where id_ like 'bst~%'");
        jdbc.update("delete from sf_case where process_instance_id like 'bst~%'");
        jdbc.update("delete from act_hi_procinst where id_ like 'bst~%'");
    }

    private void user(String id, String jurisdiction) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setFirstName("基准");
        user.setLastName("统计");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createTenantUserMembership(jurisdiction, id);
        identityService.createMembership(id, "bureau-head");
    }

    private static String times(Supplier<Http.Response> request) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 10 + RUNS; i++) {
            long start = System.nanoTime();
            Http.Response response = request.get();
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (response.status() != 200) {
                throw new IllegalStateException(response.status() + " " + response.body());
            }
            if (i >= 10) {
                millis.add(elapsed);
            }
        }
        Collections.sort(millis);
        return String.format("%.1f / %.1f / %.1f", at(millis, 50), at(millis, 95), at(millis, 99));
    }

    private static double at(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
