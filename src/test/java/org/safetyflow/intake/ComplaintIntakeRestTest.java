package org.safetyflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.safetyflow.input.UnifiedSocialCreditCode;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Starting a 12350 report over the public REST API, as the hotline's system does. */
@EngineTest
class ComplaintIntakeRestTest {

    private static final String START = "/engine-rest/process-definition/key/complaint-intake/start";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;

    @Test
    void shouldStartAReportAndStoreItsTimeAsADate() {
        Http.Response response = demo().post(START, body("\"jurisdiction\": {\"value\": \"370405\"},"
                + "\"reportedAt\": {\"value\": \"2026-03-10T09:30:00+08:00\", \"type\": \"String\"},"));

        assertThat(response.status()).isEqualTo(200);
        String id = response.json().path("id").asText();
        JsonNode reportedAt = demo().get("/engine-rest/process-instance/" + id + "/variables/reportedAt").json();
        assertThat(reportedAt.path("type").asText()).isEqualTo("Date");
        assertThat(reportedAt.path("value").asText()).isEqualTo("2026-03-10T09:30:00.000+0800");
    }

    @Test
    void shouldGiveAReportStartedOverRestItsCaseNumberAndItsJurisdictionAsTenant() {
        Http.Response response = demo().post(START, body("\"jurisdiction\": {\"value\": \"370405\"},"
                + "\"reportedAt\": {\"value\": \"2026-03-10T09:30:00+08:00\"},"
                + "\"enterpriseCreditCode\": {\"value\": \"91370405MA3C000019\"},"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("businessKey").asText()).matches("JB-370405-20[0-9]{2}-[0-9]{6}");
        assertThat(response.json().path("tenantId").asText()).isEqualTo("370405");
    }

    @Test
    void shouldStoreJsonListsSentWithAReport() {
        Http.Response response = demo().post(START, body("\"jurisdiction\": {\"value\": \"370405\"},"
                + "\"reportedAt\": {\"value\": \"2026-03-10T09:30:00+08:00\"},"
                + "\"evidence\": {\"type\": \"Json\", \"value\": \"[\\\"现场照片1.jpg\\\", \\\"录音.mp3\\\"]\"},"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode evidence = demo().get("/engine-rest/process-instance/" + response.json().path("id").asText() + "/variables/evidence?deserializeValue=false").json();
        assertThat(evidence.path("type").asText()).isEqualTo("Json");
        assertThat(evidence.path("value").asText()).contains("现场照片1.jpg");
    }

    /** A Json object the spec does not check (here a photo's metadata) is kept on start and on completion, not dropped. */
    @Test
    void shouldKeepAJsonObjectThroughStartAndCompletion() {
        String photo = "\"photo\": {\"type\": \"Json\", \"value\": \"{\\\"file\\\": \\\"储罐区.jpg\\\", \\\"takenAt\\\": \\\"2026-03-10\\\"}\"},";
        Http.Response started = demo().post(START, body("\"jurisdiction\": {\"value\": \"370405\"},"
                + "\"reportedAt\": {\"value\": \"2026-03-10T09:30:00+08:00\"}," + photo));
        String instance = started.json().path("id").asText();
        String task = demo().get("/engine-rest/task?processInstanceId=" + instance).json().get(0).path("id").asText();
        Http.Response completed = Http.as(port, "complaint-clerk", "demo").post("/engine-rest/task/" + task + "/complete",
                "{\"variables\": {\"acceptance\": {\"value\": \"ACCEPT\"}, \"acceptanceNote\": {\"type\": \"Json\","
                + " \"value\": \"{\\\"checkedBy\\\": \\\"张三\\\"}\"}}}");
        Http.Response declaredAsJson = demo().post(START, body("\"jurisdiction\": {\"value\": \"370405\"},"
                + "\"reportedAt\": {\"value\": \"2026-03-10T09:30:00+08:00\"}, \"reporterName\": {\"type\": \"Json\", \"value\": \"{}\"},"));

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
        JsonNode kept = demo().get("/engine-rest/process-instance/" + instance + "/variables/photo?deserializeValue=false").json();
        assertThat(kept.path("type").asText()).isEqualTo("Json");
        assertThat(kept.path("value").asText()).contains("储罐区.jpg");
        JsonNode note = demo().get("/engine-rest/process-instance/" + instance + "/variables/acceptanceNote?deserializeValue=false").json();
        assertThat(note.path("value").asText()).contains("张三");
        assertThat(declaredAsJson.status()).isEqualTo(400);
        assertThat(declaredAsJson.json().path("field").asText()).isEqualTo("reporterName");
    }

    @Test
    void shouldCheckTheDepartmentsListOfAJointInspectionBeforeTheEngineSeesIt() {
        String start = "/engine-rest/process-definition/key/joint-enforcement/start";
        String plan = "\"jurisdiction\": {\"value\": \"370406\"}, \"planName\": {\"value\": \"联合抽查\"}, \"sampleSize\": {\"value\": 5, \"type\": \"Integer\"}";

        Http.Response empty = demo().post(start, "{\"variables\": {" + plan + ", \"departments\": {\"type\": \"Json\", \"value\": \"[]\"}}}");
        Http.Response missing = demo().post(start, "{\"variables\": {" + plan + "}}");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("message").asText()).isEqualTo("「参与部门」（departments）至少应有一项");
        assertThat(missing.json().path("field").asText()).isEqualTo("departments");
    }

    @Test
    void shouldRefuseAnUnknownJurisdiction() {
        long before = startedReports();

        Http.Response response = demo().post(START, body("\"jurisdiction\": {\"value\": \"370499\"},"
                + "\"reportedAt\": {\"value\": \"2026-03-10T09:30:00+08:00\"},"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).isEqualTo("「管辖区划」（jurisdiction）370499 不是已登记的行政区划代码");
        assertThat(startedReports()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAReportWithoutJurisdictionAndStoreNothing() {
        long before = startedReports();

        Http.Response response = demo().post(START, body("\"reportedAt\": {\"value\": \"2026-03-10T09:30:00.000+0800\", \"type\": \"Date\"},"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.json().path("message").asText()).isEqualTo("缺少必填项「管辖区划」（jurisdiction）");
        assertThat(response.json().path("field").asText()).isEqualTo("jurisdiction");
        assertThat(startedReports()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAReportTimeThatIsNotADate() {
        long before = startedReports();

        Http.Response response = demo().post(START, body("\"jurisdiction\": {\"value\": \"370405\"},"
                + "\"reportedAt\": {\"value\": 20260310, \"type\": \"Long\"},"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("error").asText()).contains("「举报时间」（reportedAt）应为日期时间");
        assertThat(startedReports()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAReportTimeInTheFuture() {
        Http.Response response = demo().post(START, body("\"jurisdiction\": {\"value\": \"370405\"},"
                + "\"reportedAt\": {\"value\": \"2999-01-01T00:00:00+08:00\"},"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).contains("不能晚于当前时间");
    }

    @Test
    void shouldRefuseACreditCodeWhoseCheckCharacterIsWrong() {
        long before = startedReports();

        Http.Response response = demo().post(START, body("\"jurisdiction\": {\"value\": \"370405\"},"
                + "\"reportedAt\": {\"value\": \"2026-03-10T09:30:00+08:00\"},"
                + "\"enterpriseCreditCode\": {\"value\": \"91350100M000100Y44\"},"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).contains("校验位不正确");
        assertThat(startedReports()).isEqualTo(before);
    }

    @Test
    void shouldRefuseABodyThatIsNotJson() {
        Http.Response response = demo().post(START, "{not json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("message").asText()).isEqualTo("请求体不是有效的 JSON");
    }

    @Test
    void shouldRefuseTheSameBadInputByProcessDefinitionId() {
        String definitionId = demo().get("/engine-rest/process-definition/key/complaint-intake").json().path("id").asText();

        Http.Response response = demo().post("/engine-rest/process-definition/" + definitionId + "/start", body(""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asText()).isEqualTo("jurisdiction");
    }

    /** 核实 as the 执法人员 who verify reports: bad hand-overs 400 in Chinese with nothing stored, then both cases opened. */
    @Test
    void shouldLetTheVerifyingOfficerHandASubstantiatedReportOnAsTheRoleUsers() {
        Http clerk = Http.as(port, "complaint-clerk", "demo");
        Http officer = Http.as(port, "enforcement-officer", "demo");
        String party = "91370405MA3Q00340" + UnifiedSocialCreditCode.checkCharacter("91370405MA3Q00340");
        String named = accepted(clerk, "\"enterpriseCreditCode\": {\"value\": \"" + party + "\"},");
        String unnamed = accepted(clerk, "");
        long hazards = count("hazard-rectification");
        long penalties = count("administrative-penalty");

        Http.Response unregistered = officer.post("/engine-rest/task/" + taskId(officer, unnamed, "Task_Verify") + "/complete",
                verification("\"handOverHazard\": {\"value\": true}"));
        assertThat(unregistered.status()).as(unregistered.body()).isEqualTo(400);
        assertThat(unregistered.json().path("message").asText()).contains("转办须被举报单位为已登记的企业");
        Http.Response noFacts = officer.post("/engine-rest/task/" + taskId(officer, named, "Task_Verify") + "/complete",
                verification("\"handOverPenalty\": {\"value\": true}"));
        assertThat(noFacts.status()).as(noFacts.body()).isEqualTo(400);
        assertThat(noFacts.json().path("message").asText()).contains("涉嫌违法事实");
        assertThat(count("hazard-rectification")).isEqualTo(hazards);
        assertThat(count("administrative-penalty")).isEqualTo(penalties);
        assertThat(officer.get("/engine-rest/task?processInstanceId=" + named + "&taskDefinitionKey=Task_Verify").json().size()).isEqualTo(1);

        Http.Response done = officer.post("/engine-rest/task/" + taskId(officer, named, "Task_Verify") + "/complete",
                verification("\"handOverHazard\": {\"value\": true}, \"handOverPenalty\": {\"value\": true},"
                        + "\"violationFacts\": {\"value\": \"有限空间作业未进行气体检测\"}"));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        assertThat(count("hazard-rectification")).isEqualTo(hazards + 1);
        assertThat(count("administrative-penalty")).isEqualTo(penalties + 1);
        String hazardCase = historyService.createHistoricVariableInstanceQuery().processInstanceId(named).variableName("hazardCaseNumber")
                .singleResult().getValue().toString();
        assertThat(Http.as(port, "hazard-officer", "demo").get("/engine-rest/process-instance?businessKey=" + hazardCase).json().size())
                .as("the hazard officers work the case opened for them").isEqualTo(1);
        JsonNode reply = clerk.get("/engine-rest/task/" + taskId(clerk, named, "Task_Close") + "/variables/replySuggestion").json();
        assertThat(reply.path("value").asText()).contains("挂牌督办").contains("立案查处").doesNotContain(hazardCase);
    }

    private String accepted(Http clerk, String creditCode) {
        Http.Response started = clerk.post(START, body("\"jurisdiction\": {\"value\": \"370405\"},"
                + "\"reportedAt\": {\"value\": \"2026-03-10T09:30:00+08:00\"}," + creditCode));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        Http.Response accepted = clerk.post("/engine-rest/task/" + taskId(clerk, instance, "Task_Accept") + "/complete",
                "{\"variables\": {\"acceptance\": {\"value\": \"ACCEPT\"}}}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        return instance;
    }

    private static String verification(String handOver) {
        return "{\"variables\": {\"verificationResult\": {\"value\": \"SUBSTANTIATED\"},"
                + "\"verificationFindings\": {\"value\": \"现场核实：有限空间作业前未检测\"}," + handOver + "}}";
    }

    private static String taskId(Http user, String instance, String taskKey) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
        assertThat(tasks.size()).as(taskKey + " visible to the user").isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }

    private long count(String processKey) {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(processKey).count();
    }

    private long startedReports() {
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("complaint-intake").count();
    }

    private Http demo() {
        return Http.as(port, "demo", "demo");
    }

    private static String body(String variables) {
        return "{\"variables\": {" + variables
                + "\"reportChannel\": {\"value\": \"HOTLINE_12350\"},"
                + "\"reportCategory\": {\"value\": \"VIOLATION\"},"
                + "\"enterpriseName\": {\"value\": \"峄城区某建材有限公司\"},"
                + "\"description\": {\"value\": \"夜间组织工人进入有限空间作业，未进行气体检测。\"}"
                + "}}";
    }
}
