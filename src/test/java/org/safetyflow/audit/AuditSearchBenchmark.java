package org.safetyflow.audit;

import static org.safetyflow.testing.Complaints.report;

import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.Complaints;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Hazards;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit case search at 100,000 cases (on demand: {@code mvn -Pbenchmark test -Dtest=AuditSearchBenchmark}, with
 * {@code -Dbenchmark.cases=} to change the number), before and after the case index, in one run on one data set. Three
 * real cases (a 12350 report closed, one open, a hazard open) are cloned in SQL into the engine's tables the search
 * reads — ACT_HI_PROCINST, ACT_HI_VARINST (all their variables), ACT_HI_TASKINST, and for the open ones ACT_RU_EXECUTION
 * and ACT_RU_TASK — spread over eight jurisdictions (seven in 山东省), two years of start times, ten kinds of enterprise,
 * fifty task holders and due dates of which a fifth have passed; the case index is filled from them by its own copy
 * (CaseIndex), then everything is vacuumed and analyzed, as autovacuum would (it may be off, as on the machine of
 * docs/benchmarks.md). For each filter, as the province's auditor: the old
 * engine query (CaseSearchTest's oracle) and the SQL search, in-process (count and the first page of 50, under the
 * auditor's authentication, with the bytes the calling thread allocated), and the SQL search over HTTP as the API
 * answers it; 3 warm-up calls, then 20; p50 / p95 in ms. Prints a Markdown table for docs/benchmarks.md; the seeded rows
 * are removed afterwards.
 */
@EngineTest
@Tag("benchmark")
class AuditSearchBenchmark {

    static final int RUNS = 20;
    static final int WARM_UP = 3;
    static final List<String> TENANTS = List.of("370402", "370403", "370404", "370405", "370406", "370481", "370321", "320000");
    static final List<String> INDUSTRIES = List.of("化工", "机械", "煤矿", "建材", "食品", "纺织", "冶金", "物流", "烟花爆竹", "危险品储运");
    static final String SUFFIX = "'~b' || g";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    Database database;
    @Autowired
    CaseSearch search;

    private final List<String> table = new ArrayList<>();

    @Test
    void searchAtOneHundredThousandCases() {
        int cases = Integer.getInteger("benchmark.cases", 100_000);
        long seeding = System.nanoTime();
        try {
            seed(cases);
            System.out.printf("[benchmark] seeded %d cases in %.0f s%n", cases, (System.nanoTime() - seeding) / 1e9);
            if (Boolean.getBoolean("benchmark.seedOnly")) {
                // For reading query plans by hand (psql on SAFETYFLOW_TEST_DB_URL): the data stays, nothing is measured.
                return;
            }
            String today = CalendarDays.dayOf(new java.util.Date()).toString();
            String monthAgo = LocalDate.parse(today).minusDays(30).toString();
            String oneCode = database.jdbc().queryForObject("select credit_code from sf_case_enterprise where credit_code is not null"
                    + " and variable_id like '%~b777'", String.class);
            String oneNumber = database.jdbc().queryForObject("select case_number from sf_case where process_instance_id like '%~b777'"
                    + " order by case_number limit 1", String.class);
            Map<String, Map<String, String>> filters = new LinkedHashMap<>();
            filters.put("no filter", Map.of());
            filters.put("caseNumber (one case)", Map.of("caseNumber", oneNumber));
            filters.put("caseNumber (fragment 370405-2026)", Map.of("caseNumber", "370405-2026"));
            filters.put("processKey", Map.of("processKey", "hazard-rectification"));
            filters.put("enterprise (name 化工)", Map.of("enterprise", "化工"));
            filters.put("enterprise (name 台儿庄某烟花爆竹)", Map.of("enterprise", "台儿庄某烟花爆竹"));
            filters.put("enterprise (credit code)", Map.of("enterprise", oneCode));
            filters.put("jurisdiction", Map.of("jurisdiction", "370405"));
            filters.put("state=running", Map.of("state", "running"));
            filters.put("state=finished", Map.of("state", "finished"));
            filters.put("state=overdue", Map.of("state", "overdue"));
            filters.put("from/to (30 days)", Map.of("from", monthAgo, "to", today));
            filters.put("actor (a holder of 2% of the tasks)", Map.of("actor", "bench-holder-7"));
            filters.put("actor (the clerk who started every 12350 report)", Map.of("actor", "complaint-clerk"));
            filters.put("actor + state=overdue", Map.of("actor", "bench-holder-7", "state", "overdue"));
            Http auditor = Http.as(port, "auditor", "demo");
            signIn("auditor");
            try {
                filters.forEach((name, filter) -> measure(name, filter, auditor));
            } finally {
                identityService.clearAuthentication();
            }
            signIn("shanting");
            try {
                Http county = Http.as(port, "shanting", "demo");
                measure("no filter, as a county's auditor (山亭区)", Map.of(), county);
                measure("state=overdue, as a county's auditor (山亭区)", Map.of("state", "overdue"), county);
            } finally {
                identityService.clearAuthentication();
            }
            print(cases);
        } finally {
            if (!Boolean.getBoolean("benchmark.seedOnly")) {
                clean();
            }
        }
    }

    // ---- measuring

    private void measure(String name, Map<String, String> filter, Http http) {
        CaseSearch.Criteria criteria = new CaseSearch.Criteria(filter.get("caseNumber"), filter.get("processKey"), filter.get("enterprise"),
                filter.get("jurisdiction"), filter.get("state"), filter.get("from"), filter.get("to"), filter.get("actor"));
        long[] total = new long[2];
        String before = times(() -> {
            var query = CaseSearchTest.OldEngineSearch.query(historyService, taskService, criteria);
            total[0] = query.count();
            query.listPage(0, 50);
        });
        String after = times(() -> {
            total[1] = search.find(criteria).countAndPage(0, 50).total();
        });
        String path = "/api/audit/cases?" + filter.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        long[] answered = new long[1];
        String overHttp = times(() -> {
            Http.Response response = http.get(path);
            if (response.status() != 200) {
                throw new IllegalStateException("HTTP " + response.status() + " " + response.body());
            }
            answered[0] = response.json().path("total").asLong();
        });
        String row = "| " + name + " | " + (total[0] == total[1] && total[1] == answered[0] ? String.valueOf(total[1])
                : total[0] + " (old) / " + total[1] + " / " + answered[0] + " (HTTP)") + " | " + before + " | " + after + " | " + overHttp + " |";
        table.add(row);
        System.out.println("[benchmark] " + row);
    }

    /** p50 / p95 ms after a warm-up, and the MB the calling thread allocated per call; an error is reported as such. */
    private static String times(Runnable call) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Double> millis = new ArrayList<>();
        long allocated = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            try {
                call.run();
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                return "fails: " + e.getClass().getSimpleName() + " " + message.substring(0, Math.min(80, message.length())).replace('|', '/');
            }
            if (i >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1e6);
                allocated += threads.getCurrentThreadAllocatedBytes() - bytes;
            }
        }
        Collections.sort(millis);
        return String.format("%.1f / %.1f (%.1f MB)", millis.get(RUNS / 2 - 1), millis.get((int) Math.ceil(0.95 * RUNS) - 1), allocated / 1e6 / RUNS);
    }

    private void print(int cases) {
        StringBuilder out = new StringBuilder("\n" + LocalDate.now() + ", " + cases + " cases, "
                + database.jdbc().queryForObject("select version()", String.class).replaceAll(" on .*", "") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores\n\n| filter (as the province's auditor) | cases found |"
                + " before: engine query, in-process p50 / p95 ms (MB allocated) | after: SQL search, in-process | after: over HTTP (the API) |\n"
                + "|---|---|---|---|---|\n");
        table.forEach(row -> out.append(row).append('\n'));
        out.append("\nsizes: ").append(database.jdbc().queryForObject("select string_agg(relname || ' ' || n_live_tup, ', ' order by relname)"
                + " from pg_stat_user_tables where relname in ('act_hi_procinst', 'act_hi_varinst', 'act_hi_taskinst', 'act_ru_task', 'sf_case',"
                + " 'sf_case_enterprise', 'sf_case_actor')", String.class)).append('\n');
        System.out.println(out);
    }

    // ---- the data

    /** Three real cases as templates, each cloned a third of {@code cases} times with the columns the search reads varied. */
    private void seed(int cases) {
        List<String> templates = List.of(closedReport(), openReport(),
                runtimeService.startProcessInstanceByKey("hazard-rectification", Hazards.report("370405", "91370405MA3C000019", "台儿庄某化工有限公司")).getId());
        int each = cases / templates.size() + 1;
        String tenant = TENANTS.stream().map(t -> "'" + t + "'").collect(Collectors.joining(",", "(array[", "])[1 + g % " + TENANTS.size() + "]"));
        String districtNames = "(array['市中区','薛城区','峄城区','台儿庄','山亭','滕州','桓台','江苏'])[1 + g % " + TENANTS.size() + "]";
        String industry = INDUSTRIES.stream().map(i -> "'" + i + "'").collect(Collectors.joining(",", "(array[", "])[1 + (g / 8) % " + INDUSTRIES.size() + "]"));
        for (int t = 0; t < templates.size(); t++) {
            String instance = templates.get(t);
            String number = "(g * 3 + " + t + ")";
            String ids = "proc_inst_id_ = '" + instance + "'";
            clone("act_hi_procinst", "id_ = '" + instance + "'", each, Map.of("id_", "id_ || " + SUFFIX, "proc_inst_id_", "proc_inst_id_ || " + SUFFIX,
                    "root_proc_inst_id_", "root_proc_inst_id_ || " + SUFFIX, "tenant_id_", tenant,
                    "business_key_", "split_part(business_key_, '-', 1) || '-' || " + tenant + " || '-' || (2025 + g % 2) || '-' || lpad(" + number + "::text, 6, '0')",
                    "start_time_", "now() - (g % 730) * interval '1 day' - (g % 86400) * interval '1 second'",
                    "end_time_", "case when end_time_ is null then null else now() - (g % 730) * interval '1 day' + interval '1 hour' end"));
            clone("act_hi_varinst", ids, each, Map.of("id_", "id_ || " + SUFFIX, "proc_inst_id_", "proc_inst_id_ || " + SUFFIX,
                    "root_proc_inst_id_", "root_proc_inst_id_ || " + SUFFIX, "execution_id_", "execution_id_ || " + SUFFIX,
                    "task_id_", "task_id_ || " + SUFFIX, "tenant_id_", tenant,
                    "text_", "case name_ when 'enterpriseName' then " + districtNames + " || '某' || " + industry + " || '有限公司'"
                            + " when 'enterpriseCreditCode' then '91' || " + tenant + " || lpad(" + number + "::text, 9, '0') || 'X' else text_ end"));
            clone("act_hi_taskinst", ids, each, Map.of("id_", "id_ || " + SUFFIX, "proc_inst_id_", "proc_inst_id_ || " + SUFFIX,
                    "root_proc_inst_id_", "root_proc_inst_id_ || " + SUFFIX, "execution_id_", "execution_id_ || " + SUFFIX, "tenant_id_", tenant,
                    "assignee_", "'bench-holder-' || (g % 50)"));
            clone("act_ru_execution", ids, each, Map.of("id_", "id_ || " + SUFFIX, "proc_inst_id_", "proc_inst_id_ || " + SUFFIX,
                    "root_proc_inst_id_", "root_proc_inst_id_ || " + SUFFIX, "parent_id_", "parent_id_ || " + SUFFIX, "tenant_id_", tenant,
                    "business_key_", "business_key_ || " + SUFFIX));
            clone("act_ru_task", ids, each, Map.of("id_", "id_ || " + SUFFIX, "execution_id_", "execution_id_ || " + SUFFIX,
                    "proc_inst_id_", "proc_inst_id_ || " + SUFFIX, "tenant_id_", tenant, "assignee_", "'bench-holder-' || (g % 50)",
                    "due_date_", "now() + ((g % 100) - 20) * interval '1 day' + interval '1 hour'"));
        }
        database.insertMissing("sf_case", CaseIndex.CASE_COLUMNS, CaseIndex.CASES + " and p.id_ like '%~b%'");
        database.insertMissing("sf_case_enterprise", CaseIndex.ENTERPRISE_COLUMNS, CaseIndex.ENTERPRISES + " and v.id_ like '%~b%'");
        database.insertMissing("sf_case_actor", CaseIndex.ACTOR_COLUMNS, CaseIndex.ACTORS + " and t.id_ like '%~b%'");
        // As autovacuum does after a bulk load (its insert threshold; PostgreSQL 13+): statistics, and the visibility map
        // that lets an index answer without the table. This server runs with autovacuum off.
        database.jdbc().execute("vacuum analyze");
    }

    /** Copies the rows matching {@code where} count times (g = 1..count), with some columns computed. */
    private void clone(String table, String where, int count, Map<String, String> computed) {
        List<String> columns = database.jdbc().queryForList("select column_name from information_schema.columns where table_name = ?"
                + " and table_schema = current_schema() order by ordinal_position", String.class, table);
        String select = columns.stream().map(column -> computed.getOrDefault(column, column)).collect(Collectors.joining(", "));
        database.jdbc().update("insert into " + table + " (" + String.join(", ", columns) + ") select " + select + " from " + table
                + ", generate_series(1, " + count + ") g where " + where);
    }

    private String closedReport() {
        String id = startedByTheClerk();
        Complaints.close(taskService, id);
        return id;
    }

    private String openReport() {
        String id = startedByTheClerk();
        taskService.claim(taskService.createTaskQuery().processInstanceId(id).singleResult().getId(), "complaint-clerk");
        return id;
    }

    private String startedByTheClerk() {
        signIn("complaint-clerk");
        try {
            return runtimeService.startProcessInstanceByKey("complaint-intake", report("370405")).getId();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void signIn(String user) {
        SignIn.as(identityService, user);
    }

    private void clean() {
        for (String table : List.of("act_ru_task", "act_ru_execution", "act_hi_taskinst", "act_hi_varinst", "act_hi_procinst")) {
            database.jdbc().update("delete from " + table + " where id_ like '%~b%'");
        }
    }
}
