package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A licence application over the REST API as the people who handle it — the window registers an application
 * (the enterprise may apply for itself only), accepts, the reviewer checks on site, the 机关负责人 decides, the window delivers — and the messages of
 * contract §9 from the window only. Nobody here is an administrator.
 */
@EngineTest
class LicensingRestTest {

    private static final String START = "/engine-rest/process-definition/key/licensing-approval/start";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;

    @Test
    void shouldRunAnApplicationFromTheEnterpriseToTheLicenceInTheRegister() {
        String creditCode = "91370405MA3L00005" + org.safetyflow.input.UnifiedSocialCreditCode.checkCharacter("91370405MA3L00005");
        Http.Response started = Http.as(port, "licensing-clerk", "demo").post(START, application(creditCode, "台儿庄某新材料有限公司"));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();

        complete("licensing-clerk", instance, "Task_Accept", "\"acceptanceDecision\": {\"value\": \"ACCEPT\"}, \"acceptanceOpinion\": {\"value\": \"材料齐全\"}");
        complete("licensing-reviewer", instance, "Task_Review", "\"siteCheckedAt\": {\"value\": \"2026-03-02T09:30:00+08:00\"},"
                + "\"siteCheckInspectors\": {\"value\": \"张明、李华\"}, \"siteCheckFindings\": {\"value\": \"符合\"},"
                + "\"reviewOpinion\": {\"value\": \"符合条件\"}, \"proposedDecision\": {\"value\": \"GRANTED\"}");
        Http.Response byReviewer = Http.as(port, "licensing-reviewer", "demo").post("/engine-rest/task/"
                + taskId("bureau-head", instance, "Task_Decide") + "/complete", "{\"variables\": {\"licensingDecision\": {\"value\": \"GRANTED\"},"
                + " \"decisionReason\": {\"value\": \"自己决定\"}}}");
        assertThat(byReviewer.status()).as("the decision is the head's").isEqualTo(403);
        complete("bureau-head", instance, "Task_Decide", "\"licensingDecision\": {\"value\": \"GRANTED\"}, \"decisionReason\": {\"value\": \"符合条件\"}");
        complete("licensing-clerk", instance, "Task_Deliver", "\"deliveredAt\": {\"value\": \"2026-03-02T09:40:00+08:00\"},"
                + " \"deliveryMethod\": {\"value\": \"IN_PERSON\"}");

        JsonNode licences = Http.as(port, "enterprise", "demo").get("/api/registry/licences?enterpriseCreditCode=" + creditCode).json();
        assertThat(licences).anySatisfy(licence -> assertThat(licence.path("history").get(0).path("caseNumber").asText())
                .isEqualTo(started.json().path("businessKey").asText()));
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("decision")
                .singleResult().getValue()).isEqualTo("GRANTED");
    }

    @Test
    void shouldLetOnlyTheWindowWithdrawAndRefuseAnotherCompanysApplication() {
        Http.Response other = Http.as(port, "enterprise", "demo").post(START, application("913704057060000006", "台儿庄某机械有限公司"));
        Http.Response own = Http.as(port, "enterprise", "demo").post(START, application("91370405MA3C000019", "台儿庄某化工有限公司"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(own.status()).as("an enterprise applies for itself").isEqualTo(200);
        String caseNumber = Http.as(port, "licensing-clerk", "demo").post(START, application("913704057060000006", "台儿庄某机械有限公司"))
                .json().path("businessKey").asText();

        Http.Response byEnterprise = Http.as(port, "licensing-reviewer", "demo").post("/engine-rest/message",
                "{\"messageName\": \"licensing-withdrawal\", \"businessKey\": \"" + caseNumber + "\", \"processVariables\": {\"withdrawalReason\": {\"value\": \"暂缓\"}}}");
        Http.Response noReason = Http.as(port, "licensing-clerk", "demo").post("/engine-rest/message",
                "{\"messageName\": \"licensing-withdrawal\", \"businessKey\": \"" + caseNumber + "\"}");
        Http.Response withdrawn = Http.as(port, "licensing-clerk", "demo").post("/engine-rest/message",
                "{\"messageName\": \"licensing-withdrawal\", \"businessKey\": \"" + caseNumber + "\", \"processVariables\": {\"withdrawalReason\": {\"value\": \"企业决定暂缓投产\"}}}");

        assertThat(byEnterprise.status()).isEqualTo(403);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("message").asText()).contains("撤回理由");
        assertThat(withdrawn.status()).as(withdrawn.body()).isIn(200, 204);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getState())
                .isEqualTo("COMPLETED");
    }

    private String application(String creditCode, String name) {
        return "{\"variables\": {\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"" + name + "\"},"
                + "\"enterpriseCreditCode\": {\"value\": \"" + creditCode + "\"}, \"licenceType\": {\"value\": \"HAZARDOUS_CHEMICALS_PRODUCTION\"},"
                + "\"applicationType\": {\"value\": \"NEW\"}, \"receivedAt\": {\"value\": \"2026-03-02T08:30:00+08:00\"},"
                + "\"workInjuryInsuranceCertificate\": {\"value\": \"鲁工伤〔2026〕0302号\"}, \"insuredHeadcount\": {\"value\": 80},"
                + "\"employeeCount\": {\"value\": 80}, \"workInjuryInsuranceValidUntil\": {\"value\": \"2026-12-31\"}}}";
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
