package org.safetyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Hazards;
import org.safetyflow.testing.Http;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Many requests at once, over real HTTP on the loopback against the running application, from a bounded pool of
 * threads released together: one task completed 100 times by its legitimate candidate gives one 2xx and 99 clean
 * 404/409 answers in Chinese (never a 5xx, never a wrong 403), and one completion; 20 hazard reports started at once
 * in one county get 20 distinct case numbers without a gap.
 */
@EngineTest
class ConcurrentRequestsTest {

    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final int THREADS = 16;

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @Test
    void shouldCompleteATaskOnceWhenItsCandidateCompletesIt100TimesAtOnce() throws Exception {
        ProcessInstance hazard = runtimeService.startProcessInstanceByKey("hazard-rectification",
                Hazards.report("370405", "91370405MA3C000019", "台儿庄某化工有限公司"));
        String task = taskService.createTaskQuery().processInstanceId(hazard.getId()).taskDefinitionKey("Task_Register").singleResult().getId();
        Http officer = Http.as(port, "hazard-officer", "demo");
        // The optional 「提请专家判定」 left out, as a REST client may: absent, not an error.
        String registration = "{\"variables\": {\"location\": {\"value\": \"二号液氨储罐区\"}, \"industry\": {\"value\": \"CHEMICAL\"}}}";

        List<Http.Response> answers = atOnce(100, () -> officer.post("/engine-rest/task/" + task + "/complete", registration));

        Map<Integer, Integer> statuses = histogram(answers);
        LoggerFactory.getLogger(ConcurrentRequestsTest.class).info("100 concurrent completions of one task: {}", statuses);
        assertThat(answers.stream().filter(a -> a.status() / 100 == 2).count()).as(statuses.toString()).isEqualTo(1);
        assertThat(answers).filteredOn(a -> a.status() / 100 != 2).hasSize(99)
                .allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(404, 409))
                .allSatisfy(a -> assertThat(a.json().path("message").asText()).matches(m -> CHINESE.matcher(m).find(), "Chinese"));
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(hazard.getId()).taskDefinitionKey("Task_Register")
                .finished().count()).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(hazard.getId()).taskDefinitionKey("Task_Register").count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(hazard.getId()).taskDefinitionKey("Task_Grade").count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(hazard.getId(), "expertGradingRequested")).isNull();
    }

    @Test
    void shouldAnswerACompletionOfAFinishedOrUnknownTask404InChinese() {
        ProcessInstance hazard = runtimeService.startProcessInstanceByKey("hazard-rectification",
                Hazards.report("370405", "91370405MA3C000019", "台儿庄某化工有限公司"));
        String task = taskService.createTaskQuery().processInstanceId(hazard.getId()).singleResult().getId();
        Http officer = Http.as(port, "hazard-officer", "demo");
        String registration = "{\"variables\": {\"location\": {\"value\": \"储罐区\"}, \"industry\": {\"value\": \"CHEMICAL\"}}}";
        assertThat(officer.post("/engine-rest/task/" + task + "/complete", registration).status()).isEqualTo(204);

        for (String path : List.of("/engine-rest/task/" + task + "/complete", "/engine-rest/task/no-such-task/complete",
                "/engine-rest/task/" + task + "/submit-form", "/engine-rest/task/no-such-task/claim")) {
            Http.Response answer = Http.as(port, "demo", "demo").post(path, registration);

            assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(404);
            assertThat(answer.json().path("message").asText()).as(path).isEqualTo("任务不存在或已办结。");
        }
    }

    @Test
    void shouldNumberTwentyReportsStartedAtOnceInOneCountyWithoutGapOrRepeat() throws Exception {
        Http officer = Http.as(port, "hazard-officer", "demo");
        String report = "{\"variables\": {\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"台儿庄某化工有限公司\"},"
                + " \"enterpriseCreditCode\": {\"value\": \"91370405MA3C000019\"}, \"hazardDescription\": {\"value\": \"储罐区未设置泄漏报警装置\"},"
                + " \"hazardSource\": {\"value\": \"INSPECTION\"}, \"discoveredAt\": {\"value\": \"2026-11-01T15:00:00+08:00\"}}}";

        List<Http.Response> answers = atOnce(20,
                () -> officer.post("/engine-rest/process-definition/key/hazard-rectification/start", report));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(200));
        List<Integer> serials = answers.stream().map(a -> a.json().path("businessKey").asText())
                .peek(key -> assertThat(key).matches("YH-370405-20[0-9]{2}-[0-9]{6}"))
                .map(key -> Integer.parseInt(key.substring(key.lastIndexOf('-') + 1))).sorted().toList();
        assertThat(serials).doesNotHaveDuplicates();
        assertThat(serials.get(serials.size() - 1) - serials.get(0)).isEqualTo(19);
    }

    /** {@code count} calls, released together from a pool of {@value #THREADS} threads; every answer, in order. */
    static List<Http.Response> atOnce(int count, Supplier<Http.Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Http.Response>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            start.countDown();
            List<Http.Response> answers = new ArrayList<>();
            for (Future<Http.Response> each : calls) {
                answers.add(each.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    static Map<Integer, Integer> histogram(List<Http.Response> answers) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        return statuses;
    }
}
