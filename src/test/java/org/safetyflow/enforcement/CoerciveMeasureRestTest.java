package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 查封 over the REST API as the people who handle it: the 执法人员 decides and carries it out, the 机关负责人 approves
 * and lifts, the enterprise applies for the lifting of a 停止供电 and reads its own case; other roles are refused 403 and bad input 400 in Chinese, with nothing stored.
 */
@EngineTest
class CoerciveMeasureRestTest {

    private static final String START = "/engine-rest/process-definition/key/coercive-measure/start";
    private static final String PARTY = "91370405MA3C000019";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    @Test
    void shouldLetTheOfficerDecideAndCarryOutTheSeizureAndOnlyTheHeadApproveAndLiftIt() {
        Http.Response started = Http.as(port, "enforcement-officer", "demo").post(START, opening(PARTY, "SEIZURE", ""));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        assertThat(started.json().path("businessKey").asText()).startsWith("QZ-370405-");

        String approval = "{\"variables\": {\"approved\": {\"value\": true}, \"approvalOpinion\": {\"value\": \"同意查封\"}}}";
        String approveTask = taskId("bureau-head", instance, "Task_Approve");
        Http.Response byOfficer = Http.as(port, "enforcement-officer", "demo").post("/engine-rest/task/" + approveTask + "/complete", approval);
        assertThat(byOfficer.status()).as("the approval is the head's").isEqualTo(403);
        Http.Response byHead = Http.as(port, "bureau-head", "demo").post("/engine-rest/task/" + approveTask + "/complete", approval);
        assertThat(byHead.status()).as(byHead.body()).isEqualTo(204);

        String oneOfficer = "\"officers\": {\"value\": \"张某\"}, \"implementedAt\": {\"value\": \"" + hourAgo() + "\"},"
                + " \"siteRecord\": {\"value\": \"当事人到场\"}, \"partySigned\": {\"value\": true}, \"decisionNumber\": {\"value\": \"（鲁台）应急强制〔2026〕2号\"},"
                + " \"itemsList\": {\"value\": \"储气罐 1 台\"}, \"decisionServedAt\": {\"value\": \"" + hourAgo() + "\"}, \"deliveryMethod\": {\"value\": \"IN_PERSON\"}";
        String implementTask = taskId("enforcement-officer", instance, "Task_Implement");
        Http.Response alone = Http.as(port, "enforcement-officer", "demo").post("/engine-rest/task/" + implementTask + "/complete",
                "{\"variables\": {" + oneOfficer + "}}");
        assertThat(alone.status()).as(alone.body()).isEqualTo(400);
        assertThat(alone.json().path("message").asText()).contains("不得少于两人");
        complete("enforcement-officer", instance, "Task_Implement", oneOfficer.replace("\"张某\"", "\"张某、李某\""));
        complete("enforcement-officer", instance, "Task_Handle", "\"handling\": {\"value\": \"LIFT\"}, \"handlingReason\": {\"value\": \"已整改\"}");

        String lift = "{\"variables\": {\"liftNumber\": {\"value\": \"（鲁台）应急解封〔2026〕3号\"}, \"liftedAt\": {\"value\": \"" + hourAgo() + "\"},"
                + " \"returnRecord\": {\"value\": \"已返还\"}}}";
        String liftTask = taskId("bureau-head", instance, "Task_Lift");
        Http.Response liftByOfficer = Http.as(port, "enforcement-officer", "demo").post("/engine-rest/task/" + liftTask + "/complete", lift);
        assertThat(liftByOfficer.status()).as("the 解除决定 is the head's").isEqualTo(403);
        assertThat(Http.as(port, "bureau-head", "demo").post("/engine-rest/task/" + liftTask + "/complete", lift).status()).isEqualTo(204);

        JsonNode history = Http.as(port, "enforcement-officer", "demo").get("/engine-rest/history/process-instance/" + instance).json();
        assertThat(history.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("outcome").singleResult().getValue())
                .isEqualTo("LIFTED");
    }

    @Test
    void shouldLetOnlyTheEnterpriseItselfApplyForLiftingAPowerCutAndReadItsOwnCase() {
        Http.Response started = Http.as(port, "enforcement-officer", "demo").post(START, opening(PARTY, "POWER_CUT", ""));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        String caseNumber = started.json().path("businessKey").asText();
        complete("bureau-head", instance, "Task_Approve", "\"approved\": {\"value\": true}, \"approvalOpinion\": {\"value\": \"同意停止供电\"}");
        String served = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(25).withNano(0).toString();
        complete("enforcement-officer", instance, "Task_ServeSupplyNotice", "\"supplyNoticeNumber\": {\"value\": \"（鲁台）应急停电〔2026〕2号\"},"
                + " \"supplyNoticeServedAt\": {\"value\": \"" + served + "\"}, \"deliveryMethod\": {\"value\": \"IN_PERSON\"},"
                + " \"supplier\": {\"value\": \"国网枣庄市台儿庄区供电公司\"}");
        // The 24 hours are over (served 25 hours ago): the engine's timer fires; run it here rather than wait for the job executor.
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult().getId());
        complete("enforcement-officer", instance, "Task_RecordSupplyStop", "\"supplierNotifiedAt\": {\"value\": \"" + hourAgo() + "\"},"
                + " \"supplyStoppedAt\": {\"value\": \"" + hourAgo() + "\"}, \"officers\": {\"value\": \"张某、李某\"},"
                + " \"stopRecord\": {\"value\": \"已停止供电\"}");

        assertThat(Http.as(port, "enterprise", "demo").get("/engine-rest/process-instance?businessKey=" + caseNumber).json())
                .as("the enterprise reads its own case").hasSize(1);
        String application = "{\"variables\": {\"complianceReport\": {\"value\": \"已整改\"}, \"appliedAt\": {\"value\": \"" + hourAgo() + "\"}}}";
        String applyTask = taskId("enterprise", instance, "Task_ApplyLifting");
        Http.Response byHazardOfficer = Http.as(port, "hazard-officer", "demo").post("/engine-rest/task/" + applyTask + "/complete", application);
        assertThat(byHazardOfficer.status()).as("the application is the enterprise's").isEqualTo(403);
        assertThat(Http.as(port, "enterprise", "demo").post("/engine-rest/task/" + applyTask + "/complete", application).status()).isEqualTo(204);
        complete("enforcement-officer", instance, "Task_Recheck", "\"complied\": {\"value\": true}, \"recheckers\": {\"value\": \"张某、李某\"},"
                + " \"recheckOpinion\": {\"value\": \"隐患已消除\"}");
        complete("bureau-head", instance, "Task_LiftSupplyStop", "\"liftNumber\": {\"value\": \"（鲁台）应急复电〔2026〕2号\"},"
                + " \"liftedAt\": {\"value\": \"" + hourAgo() + "\"}");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("outcome").singleResult().getValue())
                .isEqualTo("SUPPLY_RESTORED");

        // The 文书: the enterprise reads and prints those sent or handed to it and its own application, not the 审批表.
        JsonNode officials = Http.as(port, "enforcement-officer", "demo").get("/api/cases/" + caseNumber + "/documents").json();
        JsonNode party = Http.as(port, "enterprise", "demo").get("/api/cases/" + caseNumber + "/documents").json();
        assertThat(officials.findValuesAsText("kind")).contains("APPROVAL", "SUPPLY_NOTICE", "LIFTING_APPLICATION", "SUPPLY_LIFT");
        assertThat(party.findValuesAsText("kind")).as("the party's 文书").contains("SUPPLY_NOTICE", "LIFTING_APPLICATION", "RECHECK", "SUPPLY_LIFT")
                .doesNotContain("APPROVAL").hasSize(officials.size() - 1);
        String approval = null;
        for (JsonNode document : officials) {
            if (document.path("kind").asText().equals("APPROVAL")) {
                approval = document.path("id").asText();
            }
        }
        String approvalPdf = "/api/cases/" + caseNumber + "/documents/" + approval + "/pdf";
        Http.Response byParty = Http.as(port, "enterprise", "demo").get(approvalPdf);
        assertThat(byParty.status()).as("an internal record is not found by the party").isEqualTo(404);
        assertThat(byParty.body()).contains("没有编号为");
        assertThat(Http.as(port, "enforcement-officer", "demo").get(approvalPdf).status()).isEqualTo(200);
        assertThat(Http.as(port, "auditor", "demo").get(approvalPdf).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseOtherRolesAndBadInputInChineseStoringNothing() {
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("coercive-measure").count();

        Http.Response byClerk = Http.as(port, "licensing-clerk", "demo").post(START, opening(PARTY, "SEIZURE", ""));
        Http.Response byHazardOfficer = Http.as(port, "hazard-officer", "demo").post(START, opening(PARTY, "POWER_CUT", ""));
        Http.Response wrongCode = Http.as(port, "enforcement-officer", "demo").post(START, opening("91370405MA3C000018", "SEIZURE", ""));
        Http.Response urgentPowerCut = Http.as(port, "enforcement-officer", "demo").post(START, opening(PARTY, "POWER_CUT",
                ", \"urgent\": {\"value\": true}, \"urgentReason\": {\"value\": \"紧急\"}"));
        Http.Response unknownSource = Http.as(port, "enforcement-officer", "demo").post(START, opening(PARTY, "SEIZURE",
                ", \"sourceCaseNumber\": {\"value\": \"JE-370405-2026-999999\"}"));

        assertThat(byClerk.status()).as(byClerk.body()).isEqualTo(403);
        assertThat(byHazardOfficer.status()).as(byHazardOfficer.body()).isEqualTo(403);
        assertThat(wrongCode.status()).as(wrongCode.body()).isEqualTo(400);
        assertThat(wrongCode.json().path("message").asText()).contains("统一社会信用代码");
        assertThat(urgentPowerCut.status()).as(urgentPowerCut.body()).isEqualTo(400);
        assertThat(urgentPowerCut.json().path("message").asText()).contains("提前二十四小时");
        assertThat(unknownSource.status()).as(unknownSource.body()).isEqualTo(400);
        assertThat(unknownSource.json().path("message").asText()).contains("未找到来源案件");
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("coercive-measure").count()).isEqualTo(before);
    }

    private static String opening(String creditCode, String measureType, String more) {
        return "{\"variables\": {\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"台儿庄某化工有限公司\"},"
                + " \"enterpriseCreditCode\": {\"value\": \"" + creditCode + "\"}, \"measureType\": {\"value\": \"" + measureType + "\"},"
                + " \"measureFacts\": {\"value\": \"使用未经检测的压力容器\"}, \"legalBasis\": {\"value\": \"安全生产法第六十五条第一款第四项\"},"
                + " \"seizedItems\": {\"value\": \"储气罐 1 台\"}" + more + "}}";
    }

    private static String hourAgo() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).withNano(0).toString();
    }

    private void complete(String user, String instance, String taskKey, String variables) {
        Http.Response response = Http.as(port, user, "demo").post("/engine-rest/task/" + taskId(user, instance, taskKey) + "/complete",
                "{\"variables\": {" + variables + "}}");
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    private String taskId(String user, String instance, String taskKey) {
        JsonNode tasks = Http.as(port, user, "demo").get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
        assertThat(tasks.size()).as(taskKey + " visible to " + user).isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }
}
