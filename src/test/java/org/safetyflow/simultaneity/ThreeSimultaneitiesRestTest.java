package org.safetyflow.simultaneity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 三同时 case over the REST API as the people who work it: the builder's own user registers its
 * project and reports; the 三同时审查员 reviews and checks; the licensing window sees the gate close
 * while the project is open. Nobody here is an administrator.
 */
@EngineTest
class ThreeSimultaneitiesRestTest {

    private static final String START = "/engine-rest/process-definition/key/three-simultaneities-review/start";
    private static final String OWN = "91370405MA3C000019";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @Test
    void shouldLetTheBuilderRegisterItsProjectAndTheReviewerApproveTheDesignWhileTheLicenceGateStaysClosed() {
        Http builder = Http.as(port, "enterprise", "demo");
        Http reviewer = Http.as(port, "project-reviewer", "demo");
        Http.Response started = builder.post(START, registration(OWN, "台儿庄某化工有限公司", "NON_COAL_MINE"));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String instance = started.json().path("id").asText();
        String caseNumber = started.json().path("businessKey").asText();
        assertThat(caseNumber).startsWith("STS-370405-");

        complete(builder, instance, "Task_SafetyEvaluation", "\"evaluationAgency\": {\"value\": \"山东某安全评价有限公司\"},"
                + "\"evaluationAgencyQualification\": {\"value\": \"APJ-(鲁)-001\"}, \"evaluationReportNumber\": {\"value\": \"YP-2026-1\"},"
                + "\"evaluationConclusion\": {\"value\": \"可满足安全要求\"}, \"evaluationCompletedAt\": {\"value\": \"2026-03-01T10:00:00+08:00\"}");
        complete(builder, instance, "Task_DesignApplication", "\"designUnit\": {\"value\": \"山东某设计院\"},"
                + "\"designUnitQualification\": {\"value\": \"A137000001\"}, \"designDocumentIds\": {\"value\": \"SJ-1\"},"
                + "\"preEvaluationAdviceResponse\": {\"value\": \"全部采纳\"}, \"projectApprovalNumber\": {\"value\": \"枣发改核准〔2026〕8号\"}");
        Http.Response notTheirs = builder.post("/engine-rest/task/" + taskId(reviewer, instance, "Task_DesignAcceptance") + "/complete",
                "{\"variables\": {\"designAccepted\": {\"value\": true}, \"acceptanceOpinion\": {\"value\": \"自己受理\"}}}");
        assertThat(notTheirs.status()).as("the builder cannot accept its own application").isEqualTo(403);

        complete(reviewer, instance, "Task_DesignAcceptance", "\"designAccepted\": {\"value\": true}, \"acceptanceOpinion\": {\"value\": \"予以受理\"}");
        complete(reviewer, instance, "Task_DesignReview", "\"reviewAction\": {\"value\": \"DECIDE\"}, \"reviewExperts\": {\"value\": \"王工、赵工\"},"
                + "\"expertOpinion\": {\"value\": \"符合\"}, \"partiesQualified\": {\"value\": true}, \"meetsStandards\": {\"value\": true},"
                + "\"preEvaluationAdviceHandled\": {\"value\": true}, \"reviewOpinion\": {\"value\": \"同意\"}");

        JsonNode status = builder.get("/engine-rest/process-instance/" + instance + "/variables/projectStatus").json();
        assertThat(status.path("value").asText()).isEqualTo("UNDER_CONSTRUCTION");
        Http.Response gates = Http.as(port, "licensing-clerk", "demo")
                .get("/api/licensing/gates?enterpriseCreditCode=" + OWN + "&licenceType=NON_COAL_MINE");
        assertThat(gates.status()).as(gates.body()).isEqualTo(200);
        JsonNode gate = gates.json().get(1);
        assertThat(gate.path("gate").asText()).isEqualTo("THREE_SIMULTANEITIES");
        assertThat(gate.path("passed").asBoolean()).isFalse();
        assertThat(gate.path("reason").asText()).contains(caseNumber).contains("施工中");
    }

    @Test
    void shouldRefuseABuilderRegisteringAnotherCompanysProjectAndStoreNothing() {
        long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("three-simultaneities-review").count();

        Http.Response refused = Http.as(port, "enterprise", "demo")
                .post(START, registration("913704057060000006", "台儿庄某机械有限公司", "OTHER"));
        Http.Response badCategory = Http.as(port, "project-reviewer", "demo")
                .post(START, registration(OWN, "台儿庄某化工有限公司", "SHIPYARD"));
        Http.Response byAnOtherRole = Http.as(port, "hazard-officer", "demo")
                .post(START, registration(OWN, "台儿庄某化工有限公司", "OTHER"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("message").asText()).contains("企业用户只能为本企业办理");
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(badCategory.json().path("message").asText()).contains("项目类别");
        assertThat(byAnOtherRole.status()).isEqualTo(403);
        Http.Response othersCase = Http.as(port, "project-reviewer", "demo")
                .post(START, registration("913704057060000006", "台儿庄某机械有限公司", "OTHER"));
        assertThat(Http.as(port, "enterprise", "demo").get("/engine-rest/process-instance?businessKey="
                + othersCase.json().path("businessKey").asText()).json().size()).as("another company's case stays unseen").isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("three-simultaneities-review").count())
                .as("only the reviewer's registration is stored").isEqualTo(before + 1);
    }

    @Test
    void shouldAnswerTheGatesOnlyToTheLicensingWindowAndItsOverseersAndCheckTheirInput() {
        String query = "/api/licensing/gates?enterpriseCreditCode=" + OWN + "&licenceType=";
        assertThat(Http.as(port, "hazard-officer", "demo").get(query + "NON_COAL_MINE").status()).isEqualTo(403);
        Http clerk = Http.as(port, "licensing-clerk", "demo");
        Http.Response badType = clerk.get(query + "SHIPYARD");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().path("error").asText()).contains("许可类别");
        assertThat(clerk.get("/api/licensing/gates?enterpriseCreditCode=91370405MA3C000010&licenceType=CONSTRUCTION").status())
                .as("a wrong check character").isEqualTo(400);
        JsonNode gates = clerk.get(query + "CONSTRUCTION").json();
        assertThat(gates).extracting(g -> g.path("gate").asText()).as("the contract's three, then those judging an application")
                .containsExactly("BLACKLIST", "THREE_SIMULTANEITIES", "LISTED_HAZARD", "WORK_INJURY_INSURANCE", "CIVIL_EXPLOSIVES_STAFFING");
    }

    private String registration(String creditCode, String name, String category) {
        return "{\"variables\": {\"jurisdiction\": {\"value\": \"370405\"}, \"enterpriseName\": {\"value\": \"" + name + "\"},"
                + "\"enterpriseCreditCode\": {\"value\": \"" + creditCode + "\"}, \"projectName\": {\"value\": \"技改项目\"},"
                + "\"projectCategory\": {\"value\": \"" + category + "\"}, \"receivedAt\": {\"value\": \"2026-03-02T08:30:00+08:00\"}}}";
    }

    private void complete(Http user, String instance, String taskKey, String variables) {
        Http.Response response = user.post("/engine-rest/task/" + taskId(user, instance, taskKey) + "/complete",
                "{\"variables\": {" + variables + "}}");
        assertThat(response.status()).as(taskKey + ": " + response.body()).isEqualTo(204);
    }

    private String taskId(Http user, String instance, String taskKey) {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + taskKey).json();
        assertThat(tasks.size()).as(taskKey + " visible to the user").isEqualTo(1);
        return tasks.get(0).path("id").asText();
    }
}
