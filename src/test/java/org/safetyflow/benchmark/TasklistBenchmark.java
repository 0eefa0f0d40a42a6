package org.safetyflow.benchmark;

import static org.safetyflow.testing.Complaints.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safetyflow.security.AccessMatrix;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Hazards;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.RowCopies;
import org.safetyflow.testing.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Tasklist at 100,000 open tasks across the six districts of 枣庄市 (on demand: {@code mvn -Pbenchmark test
 * -Dtest=TasklistBenchmark}): the request Tasklist makes for the chosen filter, {@code POST filter/{id}/list}
 * (HAL: the page of 15 and its count), and {@code GET filter/{id}/count}, through the webapp's session as
 * Tasklist sends them, for a county clerk (16,667 tasks in reach) and a city clerk (all of them), each in
 * ten role groups, and a city-level expert (who works single tasks, so holds a grant per task). One run,
 * one database, one data set; between the phases only authorizations and database settings change:
 * <ol>
 * <li>the stock engine (authorizations off, as Camunda ships);</li>
 * <li>authorizations on with the engine's default task permissions (a row per task and candidate group);
 * from here on a query is cut off after 20 s;</li>
 * <li>authorizations on as SafetyFlow grants them (followers of a process hold its task permissions
 * once, not per task);</li>
 * <li>… plus statistics on the permission bits of ACT_RU_AUTHORIZATION (storage.EngineTuning);</li>
 * <li>… plus plan_cache_mode = force_custom_plan (application-postgres.yaml);</li>
 * <li>… plus an index on ACT_RU_TASK(DUE_DATE_), the order Tasklist sorts by;</li>
 * <li>… plus cpu_operator_cost = 0.01 (application-postgres.yaml) — SafetyFlow as shipped.</li>
 * </ol>
 * Prints a Markdown table for docs/benchmarks.md. The seeded rows are removed afterwards.
 */
@EngineTest
@Tag("benchmark")
@TestPropertySource(properties = "spring.datasource.hikari.connection-init-sql=select 1")
class TasklistBenchmark {

    static final int TASKS = 100_000;
    static final int RUNS = 30;
    static final String PASSWORD = "Bench#Clerk2026";
    /** A county or city clerk in ten role groups (the stack notes' case), none of them expert or enterprise. */
    static final List<String> CLERK_ROLES = List.of("hazard-officer", "safety-committee-office", "accident-officer", "complaint-clerk",
            "government", "enforcement-officer", "legal-reviewer", "licensing-clerk", "licensing-reviewer", "project-reviewer");
    /** What storage.EngineTuning creates at start-up (dropped here for the phases before it). */
    static final String TUNING_STATISTICS = "create statistics if not exists sf_authorization_permissions (mcv) on (perms_ & 2),"
            + " (perms_ & 64), (perms_ & 512), (perms_ & 4096), resource_type_ from act_ru_authorization";
    static final List<String> DISTRICTS = List.of("370402", "370403", "370404", "370405", "370406", "370481");
    static final String ENTERPRISE = "91370405MA3C000019";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IdentityService identityService;
    @Autowired
    FilterService filterService;
    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    DataSource dataSource;
    @Autowired
    AccessMatrix matrix;

    JdbcTemplate jdbc;
    final Map<String, List<String>> table = new LinkedHashMap<>();

    @Test
    void inboxAtOneHundredThousandOpenTasks() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        user("bench-county", "370405", CLERK_ROLES);
        user("bench-city", "370400", CLERK_ROLES);
        user("bench-expert", "370400", List.of("expert"));
        seed();
        if (Boolean.getBoolean("benchmark.seedOnly")) {
            // For reading query plans by hand (psql on SAFETYFLOW_TEST_DB_URL): the data stays, nothing is measured.
            return;
        }
        String filter = filterService.createFilterQuery().filterName("全部任务").singleResult().getId();
        Map<String, WebappSession> sessions = new LinkedHashMap<>();
        sessions.put("county clerk", WebappSession.login(port, "bench-county", PASSWORD));
        sessions.put("city clerk", WebappSession.login(port, "bench-city", PASSWORD));
        sessions.put("city expert", WebappSession.login(port, "bench-expert", PASSWORD));
        try {
            jdbc.execute("drop statistics if exists sf_authorization_permissions");
            jdbc.execute("drop index if exists sf_task_due");
            databaseSetting("plan_cache_mode", null);
            configuration.setAuthorizationEnabled(false);
            measure("stock engine: authorizations off", sessions, filter, RUNS);
            configuration.setAuthorizationEnabled(true);
            perTaskGrants(true);
            // From here on a query that runs longer than this is cut off and reported as such.
            databaseSetting("statement_timeout", "20s");
            measure("authorizations on, the engine's default task permissions (a row per task and group)", sessions, filter, RUNS);
            perTaskGrants(false);
            measure("authorizations on, SafetyFlow's grants (followers process-wide)", sessions, filter, RUNS);
            jdbc.execute(TUNING_STATISTICS);
            jdbc.execute("analyze act_ru_authorization");
            measure("… + statistics on the permission bits of ACT_RU_AUTHORIZATION", sessions, filter, RUNS);
            databaseSetting("plan_cache_mode", "force_custom_plan");
            measure("… + plan_cache_mode = force_custom_plan", sessions, filter, RUNS);
            jdbc.execute("create index if not exists sf_task_due on act_ru_task (due_date_)");
            jdbc.execute("analyze act_ru_task");
            measure("… + index on ACT_RU_TASK(DUE_DATE_)", sessions, filter, RUNS);
            databaseSetting("cpu_operator_cost", "0.01");
            measure("… + cpu_operator_cost = 0.01 (= SafetyFlow as shipped)", sessions, filter, RUNS);
        } finally {
            configuration.setAuthorizationEnabled(true);
            databaseSetting("plan_cache_mode", null);
            databaseSetting("cpu_operator_cost", null);
            databaseSetting("statement_timeout", null);
            jdbc.execute(TUNING_STATISTICS);
            jdbc.execute("create index if not exists sf_task_due on act_ru_task (due_date_)");
            clean();
        }
        print();
    }

    // ---- measuring

    private void measure(String phase, Map<String, WebappSession> sessions, String filter, int runs) {
        sessions.forEach((user, session) -> {
            String list = "/camunda/api/engine/engine/default/filter/" + filter + "/list?firstResult=0&maxResults=15";
            String count = "/camunda/api/engine/engine/default/filter/" + filter + "/count";
            int warmUp = runs > 1 ? 3 : 0;
            List<String> row = new ArrayList<>();
            row.add(times(runs, warmUp, () -> session.send("POST", list, "{}", "application/hal+json")));
            row.add(times(runs, warmUp, () -> session.send("GET", count, null)));
            Http.Response seen = row.get(1).startsWith(">") ? null : session.send("GET", count, null);
            row.add(seen != null && seen.status() == 200 ? seen.json().path("count").asText() : "–");
            table.put(phase + " | " + user, row);
            System.out.println("[benchmark] " + phase + " | " + user + ": " + row);
        });
    }
    /** p50 / p95 / p99 after a warm-up; a request cut off by the statement timeout ends the series. */
    private static String times(int runs, int warmUp, java.util.function.Supplier<Http.Response> request) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < warmUp + runs; i++) {
            long start = System.nanoTime();
            Http.Response response = request.get();
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (response.status() != 200) {
                return String.format("> %.0f s (cut off)", elapsed / 1000);
            }
            if (i >= warmUp) {
                millis.add(elapsed);
            }
        }
        Collections.sort(millis);
        if (runs == 1) {
            return String.format("%.0f", millis.get(0));
        }
        return String.format("%.0f / %.0f / %.0f", percentile(millis, 50), percentile(millis, 95), percentile(millis, 99));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private void print() {
        StringBuilder out = new StringBuilder("\n" + LocalDate.now() + ", " + TASKS + " open tasks, "
                + jdbc.queryForObject("select version()", String.class).replaceAll(" on .*", "") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores\n\n| phase | user | list (page + count) p50 / p95 / p99 ms | count p50 / p95 / p99 ms | tasks seen |\n|---|---|---|---|---|\n");
        table.forEach((phase, row) -> out.append("| ").append(phase).append(" | ").append(String.join(" | ", row)).append(" |\n"));
        System.out.println(out);
    }

    // ---- the data

    private void user(String id, String jurisdiction, List<String> roles) {
        if (identityService.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identityService.newUser(id);
        user.setPassword(PASSWORD);
        user.setFirstName("基准");
        user.setLastName("用户");
        identityService.saveUser(user);
        roles.forEach(role -> identityService.createMembership(id, role));
        identityService.createTenantUserMembership(jurisdiction, id);
    }

    /** Three real cases as templates, each cloned a third of TASKS times over the districts, with their candidate groups spread. */
    private void seed() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put(start("hazard-rectification", Hazards.report("370405", ENTERPRISE, "台儿庄某化工有限公司")), "array['hazard-officer','hazard-officer','hazard-officer','hazard-officer',"
                + "'safety-committee-office','safety-committee-office','enterprise-" + ENTERPRISE.toLowerCase() + "','enterprise-"
                + ENTERPRISE.toLowerCase() + "','enterprise-" + ENTERPRISE.toLowerCase() + "','expert']");
        templates.put(start("complaint-intake", report("370405")), "array['complaint-clerk','complaint-clerk','complaint-clerk','complaint-clerk',"
                + "'complaint-clerk','complaint-clerk','complaint-clerk','complaint-clerk','enforcement-officer','bureau-head']");
        templates.put(start("accident-investigation", accident()), "array['accident-officer','accident-officer','accident-officer',"
                + "'accident-officer','government','government','government','safety-committee-office','expert','enforcement-officer']");
        int each = TASKS / templates.size() + 1;
        String districts = DISTRICTS.stream().map(d -> "'" + d + "'").collect(Collectors.joining(",", "array[", "]"));
        for (Map.Entry<String, String> template : templates.entrySet()) {
            String instance = template.getKey();
            String suffix = "'~b' || g";
            String tenant = "(" + districts + ")[1 + g % 6]";
            clone("act_ru_execution", "proc_inst_id_ = '" + instance + "'", each, Map.of("id_", "id_ || " + suffix,
                    "proc_inst_id_", "proc_inst_id_ || " + suffix, "root_proc_inst_id_", "root_proc_inst_id_ || " + suffix,
                    "parent_id_", "parent_id_ || " + suffix, "business_key_", "business_key_ || " + suffix, "tenant_id_", tenant));
            clone("act_ru_task", "proc_inst_id_ = '" + instance + "'", each, Map.of("id_", "id_ || " + suffix,
                    "execution_id_", "execution_id_ || " + suffix, "proc_inst_id_", "proc_inst_id_ || " + suffix, "tenant_id_", tenant,
                    "due_date_", "now() + (g % 90) * interval '1 day'"));
            clone("act_ru_identitylink", "task_id_ in (select id_ from act_ru_task where proc_inst_id_ = '" + instance + "')", each,
                    Map.of("id_", "id_ || " + suffix, "task_id_", "task_id_ || " + suffix, "tenant_id_", tenant,
                            "group_id_", "(" + template.getValue() + ")[1 + g % 10]"));
            clone("act_ru_variable", "proc_inst_id_ = '" + instance + "' and name_ in ('caseNumber', 'enterpriseName', 'jurisdiction')"
                    + " and bytearray_id_ is null and task_id_ is null", each, Map.of("id_", "id_ || " + suffix,
                    "execution_id_", "execution_id_ || " + suffix, "proc_inst_id_", "proc_inst_id_ || " + suffix, "tenant_id_", tenant,
                    "var_scope_", "var_scope_ || " + suffix));
        }
        jdbc.execute("analyze");
    }

    private void clone(String table, String where, int count, Map<String, String> computed) {
        RowCopies.copy(jdbc, table, where, count, computed);
    }

    /** The engine's default task permissions on the seeded tasks: for every candidate group, or only for those that do not follow the task's process. */
    private void perTaskGrants(boolean everyGroup) {
        jdbc.update("delete from act_ru_authorization where id_ like 'bench-%'");
        String followers = matrix.processes().stream().flatMap(p -> p.followers().stream().map(r -> "('" + p.key() + "','" + r.groupId() + "')"))
                .collect(Collectors.joining(","));
        // As the engine writes them: READ and TASK_WORK on the task, and (historic instance permissions are on) READ on its history.
        Map<String, Integer> grants = Map.of("t", Resources.TASK.resourceType(), "h", Resources.HISTORIC_TASK.resourceType());
        Map<String, Integer> bits = Map.of("t", Permissions.READ.getValue() | TaskPermissions.TASK_WORK.getValue(),
                "h", HistoricTaskPermissions.READ.getValue());
        grants.forEach((kind, resourceType) -> jdbc.update("insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_)"
                + " select 'bench-" + kind + "-' || i.id_, 1, 1, i.group_id_, " + resourceType + ", i.task_id_, " + bits.get(kind)
                + " from act_ru_identitylink i join act_ru_task t on t.id_ = i.task_id_ join act_re_procdef d on d.id_ = t.proc_def_id_"
                + " where i.id_ like '%~b%' and i.group_id_ is not null"
                + (everyGroup ? "" : " and (d.key_, i.group_id_) not in (values " + followers + ")")));
        System.out.println("[benchmark] per-task grant rows: " + jdbc.queryForObject("select count(*) from act_ru_authorization where id_ like 'bench-%'", Long.class));
    }

    /** A database-wide setting for new connections; the pool's connections are replaced so that it applies now. */
    private void databaseSetting(String name, String value) {
        String database = jdbc.queryForObject("select current_database()", String.class);
        jdbc.execute("alter database \"" + database + "\" " + (value == null ? "reset " + name : "set " + name + " = '" + value + "'"));
        if (dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }

    private void clean() {
        jdbc.update("delete from act_ru_authorization where id_ like 'bench-%'");
        jdbc.update("delete from act_ru_variable where id_ like '%~b%'");
        jdbc.update("delete from act_ru_identitylink where id_ like '%~b%'");
        jdbc.update("delete from act_ru_task where id_ like '%~b%'");
        jdbc.update("delete from act_ru_execution where id_ like '%~b%'");
    }

    private String start(String process, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(process, variables).getId();
    }

    private static Map<String, Object> accident() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", "370405");
        variables.put("enterpriseName", "台儿庄某化工有限公司");
        variables.put("enterpriseCreditCode", ENTERPRISE);
        variables.put("occurredAt", java.time.OffsetDateTime.now().minusHours(2).toString());
        variables.put("reportedAt", java.time.OffsetDateTime.now().minusHours(1).toString());
        variables.put("deaths", 1);
        variables.put("seriousInjuries", 0);
        variables.put("directEconomicLossYuan", 100000.0);
        variables.put("accidentSummary", "机械伤害");
        return variables;
    }
}
