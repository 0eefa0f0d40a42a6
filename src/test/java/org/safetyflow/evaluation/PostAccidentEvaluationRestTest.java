package org.safetyflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.ProcessTests.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.disclosure.Notice;
import org.safetyflow.disclosure.Notices;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An evaluation whose texts are as long as its forms allow, over REST as the role users: the measures of a migrated case
 * (20,000 characters), a report of 20,000 (one more is refused naming the field), the notice drafted from them (longer
 * still) signed off as corrected and published whole, the history and the auditor's timeline keeping every text.
 */
@EngineTest
class PostAccidentEvaluationRestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    Notices notices;

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void shouldCarryTextsAsLongAsTheFormsAllowFromStartToThePublishedNotice() {
        at("2026-03-20T10:00:00+08:00");
        String measure = chinese(9_980, "完善脚手架验收制度");
        String measures = measure + "；山亭某建材有限公司；2026-06-30\n" + measure.replace("完善脚手架验收制度", "开展建筑施工专项整治") + "；区住建局；2026-09-30";
        assertThat(measures.length()).isBetween(19_900, 20_000);

        Http.Response started = Http.as(port, "demo", "demo").post("/engine-rest/process-definition/key/post-accident-evaluation/start",
                "{\"variables\": {\"accidentCaseId\": {\"value\": \"SG-370406-2026-000009\"}, \"jurisdiction\": {\"value\": \"370406\"},"
                        + " \"closedAt\": {\"value\": \"2026-03-02T16:00:00+08:00\"}, \"accidentName\": {\"value\": \"山亭某建材有限公司一般生产安全事故\"},"
                        + " \"preventiveMeasures\": {\"value\": " + JSON.valueToTree(measures) + "}}}");

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String evaluation = started.json().path("id").asText();
        assertThat((List<?>) runtimeService.getVariable(evaluation, "preventiveMeasures")).hasSize(2)
                .first().satisfies(row -> assertThat(((Map<?, ?>) row).get("measure")).isEqualTo(measure));
        at("2027-01-02T09:00:00+08:00");
        managementService.executeJob(managementService.createJobQuery().processInstanceId(evaluation).singleResult().getId());
        taskService.complete(task(evaluation, "Task_EvaluationPlan").getId(), Map.of("evaluationTeam", "区应急管理局、住建局、专家 2 名",
                "evaluationPlan", "逐项核查，现场抽查"));
        for (Task report : taskService.createTaskQuery().processInstanceId(evaluation).taskDefinitionKey("Task_MeasureReport").list()) {
            taskService.complete(report.getId(), Map.of("measureReport", "已按期完成"));
        }
        for (Task verification : taskService.createTaskQuery().processInstanceId(evaluation).taskDefinitionKey("Task_MeasureVerify").list()) {
            taskService.complete(verification.getId(), Map.of("rating", "IMPLEMENTED", "ratingEvidence", "现场核查制度已执行"));
        }

        Http officer = Http.as(port, "accident-officer", "demo");
        String report = task(evaluation, "Task_EvaluationReport").getId();
        String summary = chinese(20_000, "二〇二七年评估情况");
        Http.Response tooLong = officer.post("/engine-rest/task/" + report + "/complete", report("一项已落实，一项已落实", summary + "。"));
        Http.Response reported = officer.post("/engine-rest/task/" + report + "/complete", report("两项措施均已落实", summary));

        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("message").asText()).isEqualTo("「评估报告正文」（reportSummary）不能超过 20000 个字符");
        assertThat(reported.status()).as(reported.body()).isEqualTo(204);
        taskService.complete(task(evaluation, "Task_ApproveReport").getId(), Map.of("approvalNumber", "山政字〔2027〕5号"));

        Http head = Http.as(port, "bureau-head", "demo");
        String signOff = task(evaluation, "Task_PublishReport").getId();
        JsonNode drafted = head.get("/engine-rest/task/" + signOff + "/form-variables?variableNames=noticeBody").json().path("noticeBody");
        assertThat(drafted.path("type").asText()).isEqualTo("String");
        String body = drafted.path("value").asText();
        assertThat(body).as("the notice the system drafted").hasSizeGreaterThan(40_000).contains(summary, measure);
        Http.Response signed = head.post("/engine-rest/task/" + signOff + "/complete", "{\"variables\": {"
                + "\"noticeTitle\": {\"value\": \"山亭某建材有限公司一般生产安全事故整改措施落实情况评估报告\"},"
                + " \"noticeBody\": {\"value\": " + JSON.valueToTree(body + "\n（经审核）") + "}, \"noticeApproved\": {\"value\": true}}}");

        assertThat(signed.status()).as(signed.body()).isEqualTo(204);
        String caseNumber = historyService.createHistoricProcessInstanceQuery().processInstanceId(evaluation).singleResult().getBusinessKey();
        Notice notice = notices.ofCase(caseNumber).get(0);
        assertThat(notice.body()).isEqualTo(body + "\n（经审核）");
        assertThat(Http.anonymous(port).get("/api/public/notices/" + notice.id()).json().path("body").asText()).isEqualTo(body + "\n（经审核）");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(evaluation).variableName("reportSummary")
                .singleResult().getValue()).isEqualTo(summary);
        JsonNode timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").json();
        assertThat(timeline.findValues("newValue").stream().map(JsonNode::asText).toList()).contains(summary, body, body + "\n（经审核）");
    }

    private Task task(String instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }

    private static String report(String conclusion, String summary) {
        return "{\"variables\": {\"overallConclusion\": {\"value\": \"" + conclusion + "\"}, \"reportSummary\": {\"value\": "
                + JSON.valueToTree(summary) + "}}}";
    }

    /** {@code length} characters of Chinese: a heading, then numbered findings. */
    private static String chinese(int length, String heading) {
        StringBuilder text = new StringBuilder(heading).append("：");
        for (int item = 1; text.length() < length; item++) {
            text.append(item).append("、经现场核查，该措施已按期落实，相关制度已印发执行，台账记录完整，复查未见同类隐患。");
        }
        return text.substring(0, length);
    }
}
