package org.safetyflow.calendar.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import static org.safetyflow.testing.ProcessTests.at;
import static org.safetyflow.testing.ProcessTests.date;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A paused statutory clock moves the case's due dates and timers by the days it stood, holidays considered. */
@EngineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatutoryClocksTest {

    /**
     * The shape of a licensing decision: 决定 is due at {@code decisionDueDate}, a timer escalates then,
     * and an expert review, running beside it, stops the clock while it lasts (行政许可法§45).
     */
    static final String MODEL = """
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Fork" />
                <bpmn:parallelGateway id="Fork" />
                <bpmn:sequenceFlow id="F2" sourceRef="Fork" targetRef="Decide" />
                <bpmn:userTask id="Decide" name="作出决定" camunda:dueDate="${decisionDueDate}" />
                <bpmn:boundaryEvent id="Overdue" attachedToRef="Decide" cancelActivity="false">
                  <bpmn:timerEventDefinition><bpmn:timeDate>${decisionDueDate}</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:sequenceFlow id="F3" sourceRef="Overdue" targetRef="Escalate" />
                <bpmn:userTask id="Escalate" name="逾期督办" />
                <bpmn:sequenceFlow id="F4" sourceRef="Escalate" targetRef="EndEscalation" />
                <bpmn:endEvent id="EndEscalation" />
                <bpmn:sequenceFlow id="F5" sourceRef="Decide" targetRef="EndDecision" />
                <bpmn:endEvent id="EndDecision" />
                <bpmn:sequenceFlow id="F6" sourceRef="Fork" targetRef="ExpertReview" />
                <bpmn:userTask id="ExpertReview" name="专家评审">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start" expression="${withExpertReview ? statutoryClocks.pause(execution, 'decisionDueDate', clockUnit, '专家评审') : null}" />
                    <camunda:executionListener event="end" expression="${withExpertReview ? statutoryClocks.resume(execution, 'decisionDueDate') : null}" />
                  </bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="F7" sourceRef="ExpertReview" targetRef="EndReview" />
                <bpmn:endEvent id="EndReview" />
            """;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;

    @BeforeAll
    void deploy() {
        TestProcesses.deploy(repositoryService, "clock-test", "期限测试", MODEL);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldMoveDueDatesAndTimersByTheWorkingDaysAPauseAcrossNationalDayLasted() {
        at("2026-09-29T10:00:00+08:00");
        ProcessInstance instance = start("2026-10-20T23:59:59+08:00", false, "WORKING_DAYS");
        Http reviewer = Http.as(port, "licensing-reviewer", "demo");
        String clock = "/api/cases/" + instance.getBusinessKey() + "/clocks/decisionDueDate";

        at("2026-09-30T10:00:00+08:00");
        Http.Response paused = reviewer.post(clock + "/pause", "{\"unit\": \"WORKING_DAYS\", \"reason\": \"组织专家评审（行政许可法第四十五条）\"}");
        at("2026-10-09T15:00:00+08:00");
        Http.Response resumed = reviewer.post(clock + "/resume", "");

        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.json().path("pausedBy").asText()).isEqualTo("licensing-reviewer");
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        // 10-01 to 10-07 are the National Day holiday: only 10-08 and 10-09 are lost.
        assertThat(resumed.json().path("daysAdded").asInt()).isEqualTo(2);
        Date moved = date("2026-10-22T23:59:59+08:00");
        assertThat(runtimeService.getVariable(instance.getId(), "decisionDueDate")).isEqualTo(moved);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Decide").singleResult().getDueDate())
                .isEqualTo(moved);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getDuedate())
                .isEqualTo(moved);
    }

    @Test
    void shouldRecordEveryPauseAndResumptionInTheCaseHistory() {
        at("2026-09-29T10:00:00+08:00");
        ProcessInstance instance = start("2026-10-20T23:59:59+08:00", false, "WORKING_DAYS");
        Http officer = Http.as(port, "licensing-reviewer", "demo");
        String clocks = "/api/cases/" + instance.getBusinessKey() + "/clocks";
        at("2026-09-30T10:00:00+08:00");
        officer.post(clocks + "/decisionDueDate/pause", "{\"unit\": \"WORKING_DAYS\", \"reason\": \"举行听证\"}");
        at("2026-10-12T09:00:00+08:00");
        officer.post(clocks + "/decisionDueDate/resume", "");

        JsonNode pauses = officer.get(clocks).json();
        List<Comment> comments = taskService.getProcessInstanceComments(instance.getId());
        List<Object> pausedFlags = historyService.createHistoricDetailQuery().processInstanceId(instance.getId())
                .variableUpdates().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast).filter(update -> update.getVariableName().equals("decisionDueDatePaused"))
                .map(HistoricVariableUpdate::getValue).toList();

        assertThat(pauses.size()).isEqualTo(1);
        assertThat(pauses.get(0).path("reason").asText()).isEqualTo("举行听证");
        assertThat(pauses.get(0).path("resumedBy").asText()).isEqualTo("licensing-reviewer");
        assertThat(pauses.get(0).path("daysAdded").asInt()).as("10-08, 10-09, 10-10 (调休), 10-12").isEqualTo(4);
        assertThat(comments).extracting(Comment::getFullMessage)
                .anySatisfy(message -> assertThat(message).startsWith("法定期限暂停：举行听证"))
                .anySatisfy(message -> assertThat(message).contains("共计 4 个工作日").contains("顺延至 2026-10-26"));
        assertThat(pausedFlags).containsExactly(true, false);
    }

    @Test
    void shouldStopTheClockWhileAnExpertReviewInTheModelRuns() {
        at("2026-03-02T10:00:00+08:00");
        ProcessInstance instance = start("2026-03-31T23:59:59+08:00", true, "CALENDAR_DAYS");
        at("2026-03-12T16:00:00+08:00");
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("ExpertReview").singleResult().getId());

        Date moved = date("2026-04-10T23:59:59+08:00");
        assertThat(runtimeService.getVariable(instance.getId(), "decisionDueDate")).isEqualTo(moved);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Decide").singleResult().getDueDate())
                .isEqualTo(moved);
        assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult().getDuedate())
                .isEqualTo(moved);
        // Resumed by the model, in a command no one signed in to: the record still reads back its days, and the timeline
        // shows it (it read the days as missing when resumedBy was empty, and the case's timeline failed).
        JsonNode pause = Http.as(port, "licensing-reviewer", "demo").get("/api/cases/" + instance.getBusinessKey() + "/clocks").json().get(0);
        assertThat(pause.path("resumedBy").isNull()).as(pause.toString()).isTrue();
        assertThat(pause.path("daysAdded").asInt()).isEqualTo(10);
        Http.Response timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + instance.getBusinessKey() + "/timeline");
        assertThat(timeline.status()).as(timeline.body()).isEqualTo(200);
        assertThat(timeline.body()).contains("CLOCK_RESUMED").contains("顺延 10 日");
    }

    @Test
    void shouldRefuseWhatMakesNoSenseInChinese() {
        at("2026-09-29T10:00:00+08:00");
        ProcessInstance instance = start("2026-10-20T23:59:59+08:00", false, "WORKING_DAYS");
        Http officer = Http.as(port, "licensing-reviewer", "demo");
        String clock = "/api/cases/" + instance.getBusinessKey() + "/clocks/decisionDueDate";

        assertError(officer.post(clock + "/resume", ""), 409, "未暂停");
        assertError(officer.post(clock + "/pause", "{\"unit\": \"HOURS\", \"reason\": \"x\"}"), 400, "WORKING_DAYS");
        assertError(officer.post(clock + "/pause", "{\"unit\": \"WORKING_DAYS\"}"), 400, "缺少必填项「暂停理由」（reason）");
        assertError(officer.post("/api/cases/" + instance.getBusinessKey() + "/clocks/noSuchDate/pause",
                "{\"unit\": \"WORKING_DAYS\", \"reason\": \"x\"}"), 400, "没有日期型的期限变量");
        assertError(officer.post("/api/cases/XK-370405-2026-999999/clocks/decisionDueDate/pause",
                "{\"unit\": \"WORKING_DAYS\", \"reason\": \"x\"}"), 404, "未找到进行中的案件");
        assertError(Http.as(port, "shanting", "demo").post(clock + "/pause", "{\"unit\": \"WORKING_DAYS\", \"reason\": \"x\"}"),
                404, "不属于您的管辖区划");
        assertThat(officer.post(clock + "/pause", "{\"unit\": \"WORKING_DAYS\", \"reason\": \"检验检测\"}").status()).isEqualTo(200);
        assertError(officer.post(clock + "/pause", "{\"unit\": \"WORKING_DAYS\", \"reason\": \"再次\"}"), 409, "已处于暂停状态");
    }

    private ProcessInstance start(String decisionDueDate, boolean withExpertReview, String unit) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", "370405");
        variables.put("decisionDueDate", date(decisionDueDate));
        variables.put("withExpertReview", withExpertReview);
        variables.put("clockUnit", unit);
        return runtimeService.startProcessInstanceByKey("clock-test", variables);
    }

    private static void assertError(Http.Response response, int status, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("error").asText()).contains(message);
    }
}
