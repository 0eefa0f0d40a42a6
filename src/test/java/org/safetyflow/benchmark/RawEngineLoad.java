package org.safetyflow.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The raw Camunda engine as the yardstick for tools/perf/perf.sh: the Java API on its own fresh database, history FULL,
 * a 3-user-task model shaped like complaint-intake (受理 → 核实 → 办结, candidate groups and due dates, the same six
 * start variables), driven the way the REST clients drive SafetyFlow: start, then per task look it up and complete it.
 *
 * <pre>
 * RawEngineLoad JDBC_URL seed N               — N open instances (each waits at its first task)
 * RawEngineLoad JDBC_URL run CLIENTS SECONDS  — prints one JSON line: instances, commits, latencies in ms
 * </pre>
 */
public final class RawEngineLoad {

    private static final String KEY = "raw-three-tasks";
    /**
     * Whole instances run before the measured window, so that it measures compiled code, not the JIT at work: each phase
     * is a fresh JVM (PERF_WARM_UP seconds, as SafetyFlow's phases get; tools/perf/perf.sh).
     */
    private static final int WARM_UP_SECONDS = Integer.parseInt(System.getenv().getOrDefault("PERF_WARM_UP", "20"));

    public static void main(String[] args) throws Exception {
        String url = args[0];
        ProcessEngine engine = engine(url);
        try {
            if (args[1].equals("seed")) {
                seed(engine, Integer.parseInt(args[2]));
            } else {
                run(engine, url, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            }
        } finally {
            engine.close();
        }
    }

    private static ProcessEngine engine(String url) {
        // The job executor stays off: the model has no timers, and SafetyFlow's own job executor is not what is compared.
        ProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration()
                .setJdbcUrl(url).setJdbcUsername("postgres").setJdbcPassword("").setJdbcDriver("org.postgresql.Driver")
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setJdbcMaxActiveConnections(10);
        ProcessEngine engine = configuration.buildProcessEngine();
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
            engine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn", model()).deploy();
        }
        return engine;
    }

    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(3650)
                .startEvent()
                .userTask("accept").camundaCandidateGroups("complaint-clerk").camundaDueDate("${acceptanceDueDate}")
                .userTask("verify").camundaCandidateGroups("enforcement-officer").camundaDueDate("${handlingDueDate}")
                .userTask("close").camundaCandidateGroups("complaint-clerk").camundaDueDate("${handlingDueDate}")
                .endEvent()
                .done();
    }

    private static Map<String, Object> startVariables(int number) {
        return Map.of("jurisdiction", "370405", "reportChannel", "HOTLINE_12350", "reportCategory", "VIOLATION",
                "enterpriseName", "峄城区某建材有限公司（负载 " + number + "）", "description", "夜间组织工人进入有限空间作业，未进行气体检测。",
                "acceptanceDueDate", new java.util.Date(System.currentTimeMillis() + 5 * 86_400_000L),
                "handlingDueDate", new java.util.Date(System.currentTimeMillis() + 60 * 86_400_000L));
    }

    private static void seed(ProcessEngine engine, int count) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < count; i++) {
            int number = i;
            pool.execute(() -> engine.getRuntimeService().startProcessInstanceByKey(KEY, startVariables(number)));
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    /** Clients loop over whole instances; what ends inside the measured window (after a warm-up) is counted. */
    private static void run(ProcessEngine engine, String url, int clients, int seconds) throws Exception {
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS);
        long measureTo = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        List<Long> completions = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger instances = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                int number = 0;
                while (System.nanoTime() < measureTo) {
                    boolean counted = System.nanoTime() >= measureFrom;
                    long began = System.nanoTime();
                    String id = engine.getRuntimeService().startProcessInstanceByKey(KEY, startVariables(number++)).getId();
                    record(counted, starts, began);
                    for (Map<String, Object> answer : List.<Map<String, Object>>of(Map.of("acceptance", "ACCEPT"),
                            Map.of("verificationResult", "UNSUBSTANTIATED", "verificationFindings", "经核实，举报事项不属实。"),
                            Map.of("replyToReporter", "经核实，举报事项不属实，已答复。"))) {
                        Task task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult();
                        began = System.nanoTime();
                        engine.getTaskService().complete(task.getId(), answer);
                        record(counted, completions, began);
                    }
                    if (counted && System.nanoTime() < measureTo) {
                        instances.incrementAndGet();
                    }
                }
            });
        }
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(measureFrom - System.nanoTime()));
        long[] before = counters(url);
        Map<Integer, Long> backendsBefore = backendTicks(url);
        long cpuBefore = processCpuNanos();
        Thread.sleep(TimeUnit.NANOSECONDS.toMillis(measureTo - System.nanoTime()));
        long[] after = counters(url);
        long cpu = processCpuNanos() - cpuBefore;
        long backendTicks = 0;
        for (Map.Entry<Integer, Long> backend : backendTicks(url).entrySet()) {
            if (backendsBefore.containsKey(backend.getKey())) {
                backendTicks += backend.getValue() - backendsBefore.get(backend.getKey());
            }
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf(java.util.Locale.ROOT, "{\"seconds\": %d, \"instances\": %d, \"commits\": %d, \"writes\": %d, \"start_ms\": %s,"
                + " \"complete_ms\": %s, \"cpu_s\": [%.2f, %.2f]}%n", seconds, instances.get(), after[0] - before[0], after[1] - before[1],
                percentiles(starts), percentiles(completions), cpu / 1e9, backendTicks / (double) TICKS_PER_SECOND);
    }

    private static void record(boolean counted, List<Long> latencies, long began) {
        if (counted) {
            latencies.add(System.nanoTime() - began);
        }
    }

    /**
     * Commits of this database so far, as pg_stat_database has them (read-only ones included; each backend reports
     * within about a second), and transaction ids assigned so far in the whole cluster (one per writing transaction).
     */
    private static long[] counters(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             ResultSet row = connection.createStatement().executeQuery("select xact_commit, pg_snapshot_xmax(pg_current_snapshot())::text::bigint"
                     + " from pg_stat_database where datname = current_database()")) {
            row.next();
            return new long[] {row.getLong(1), row.getLong(2)};
        }
    }

    /** This JVM's CPU time so far (the engine and its client threads: they are one process here). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** proc(5)'s clock ticks (USER_HZ), 100 on Linux. */
    private static final int TICKS_PER_SECOND = 100;

    /** CPU ticks so far (utime + stime, /proc) of each server process of this database's connections. */
    private static Map<Integer, Long> backendTicks(String url) throws Exception {
        Map<Integer, Long> ticks = new java.util.HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
            while (rows.next()) {
                int pid = rows.getInt(1);
                try {
                    String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                } catch (java.io.IOException gone) {
                    // ended meanwhile
                }
            }
        }
        return ticks;
    }

    private static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "[null, null]";
        }
        return String.format(java.util.Locale.ROOT, "[%.1f, %.1f]", at(sorted, 0.50) / 1e6, at(sorted, 0.99) / 1e6);
    }

    private static long at(List<Long> sorted, double share) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
    }
}
