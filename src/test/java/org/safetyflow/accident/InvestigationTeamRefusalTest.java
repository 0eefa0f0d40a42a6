package org.safetyflow.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.safetyflow.testing.ProcessTests.signOff;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A refusal made while a task completes (an unknown user named as 组长) answers 400 in Chinese over the
 * engine's API and from Tasklist — not the resources' 500 "Cannot complete task <id>" — and changes nothing.
 */
@EngineTest
class InvestigationTeamRefusalTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void shouldRefuseAnUnknownTeamLeaderWith400OverRestAndFromTasklist() {
        BpmnAwareTests.init(processEngine);
        String task = accidentAwaitingItsTeam();
        String unknownLeader = "{\"variables\": {\"teamLeader\": {\"value\": \"nobody\"}, \"teamMembers\": {\"value\": \"nobody\"},"
                + " \"teamUnits\": {\"value\": \"区政府\"}}}";

        Http.Response overRest = Http.as(port, "government", "demo").post("/engine-rest/task/" + task + "/complete", unknownLeader);
        Http.Response fromTasklist = WebappSession.login(port, "government", "demo")
                .send("POST", "/camunda/api/engine/engine/default/task/" + task + "/submit-form", unknownLeader);

        for (Http.Response refused : new Http.Response[] {overRest, fromTasklist}) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().path("message").asText()).isEqualTo("用户不存在：nobody");
        }
        assertThat(Http.as(port, "government", "demo").get("/engine-rest/task/" + task).status()).as("the task is still open").isEqualTo(200);
    }

    private String accidentAwaitingItsTeam() {
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> report = new HashMap<>();
        report.put("jurisdiction", "370406");
        report.put("enterpriseName", "山亭某建材有限公司");
        report.put("enterpriseCreditCode", "91370406MA3C00002T");
        report.put("occurredAt", now.minusMinutes(50).toString());
        report.put("reportedAt", now.minusMinutes(40).toString());
        report.put("deaths", 1);
        report.put("seriousInjuries", 0);
        report.put("directEconomicLossYuan", 100_000.0);
        report.put("accidentSummary", "高处坠落");
        ProcessInstance accident = runtimeService.startProcessInstanceByKey("accident-investigation", report);
        complete(task("Task_ReportUp", accident), withVariables("reportedUpAt", now.minusMinutes(30).toString(), "reportRecipient", "市应急管理局"));
        complete(task("Task_IssueSupervisionNotice", accident), withVariables("supervisionItems", "查明原因", "supervisionDeadline",
                now.plusMonths(2).toLocalDate().toString(), "supervisionLifting", "批复后解除"));
        signOff(accident, "Task_PublishSupervision");
        return task("Task_AppointTeam", accident).getId();
    }
}
