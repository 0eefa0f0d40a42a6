package org.safetyflow.benchmark;

import static org.safetyflow.testing.Complaints.report;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Numbers, not assertions (run on demand, see pom.xml): the timeline of a case with about 500 events,
 * p50/p95 over 50 requests; and the heap while a search of 10,000 cases is exported as one CSV stream.
 * On the test PostgreSQL (embedded 16, or SAFETYFLOW_TEST_DB_URL).
 */
@EngineTest
@Tag("benchmark")
class AuditBenchmark {

    static final String JURISDICTION = "370321";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    private final HttpClient client = HttpClient.newHttpClient();
    private final String auth = "Basic " + Base64.getEncoder().encodeToString("auditor:demo".getBytes(StandardCharsets.UTF_8));

    @Test
    void timelineOfAFiveHundredEventCase() throws Exception {
        String id = runtimeService.startProcessInstanceByKey("complaint-intake", report("370322")).getId();
        for (int i = 0; i < 440; i++) {
            runtimeService.setVariable(id, "measure" + (i % 20), "第 " + i + " 次更新");
        }
        String caseNumber = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
        int events = 0;
        for (int i = 0; i < 5; i++) {
            events = get("/api/audit/cases/" + caseNumber + "/timeline").split("\"type\"").length - 1;
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            get("/api/audit/cases/" + caseNumber + "/timeline");
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("BENCHMARK timeline: %d events, p50 %.1f ms, p95 %.1f ms, max %.1f ms (50 requests)%n", events,
                micros.get(24) / 1000.0, micros.get(47) / 1000.0, micros.get(49) / 1000.0);
    }

    @Test
    void bulkExportOfTenThousandCases() throws Exception {
        int cases = Integer.getInteger("benchmark.cases", 10_000);
        long startCreating = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> starts = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            starts.add(pool.submit(() -> runtimeService.startProcessInstanceByKey("complaint-intake", report(JURISDICTION))));
        }
        for (Future<?> start : starts) {
            start.get();
        }
        pool.shutdown();
        System.out.printf("BENCHMARK created %d cases in %.1f s%n", cases, (System.nanoTime() - startCreating) / 1e9);

        System.gc();
        Thread.sleep(500);
        Runtime runtime = Runtime.getRuntime();
        long before = runtime.totalMemory() - runtime.freeMemory();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request("/api/audit/export?format=csv&processKey=complaint-intake&jurisdiction=" + JURISDICTION),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        running.set(false);
        sampler.join();
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf("BENCHMARK bulk export: HTTP %d, %d cases, %d CSV lines, %.1f MB in %.1f s; heap used before %.0f MB, "
                        + "peak during %.0f MB (+%.0f MB), after %.0f MB; max heap %.0f MB%n",
                response.statusCode(), cases, lines, bytes / 1e6, (System.nanoTime() - start) / 1e9, before / 1e6, peak.get() / 1e6,
                (peak.get() - before) / 1e6, after / 1e6, runtime.maxMemory() / 1e6);
    }

    private String get(String path) throws Exception {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", auth).GET().build();
    }
}
