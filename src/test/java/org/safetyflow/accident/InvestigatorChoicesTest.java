package org.safetyflow.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The team form offers only the officials of the investigating jurisdiction (the demo users: zaozhuang
 * 370400, taierzhuang 370405, shanting 370406, the role users 370000), not everyone of the roles.
 */
@EngineTest
class InvestigatorChoicesTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(processEngine);
    }

    @Test
    void shouldOfferACountyInvestigationTheCountysCitysAndProvincesOfficialsOnly() {
        List<String> offered = offeredForTheTeam(1);

        assertThat(offered).as("一般事故: 台儿庄区人民政府 investigates").contains("taierzhuang", "zaozhuang", "investigation-team", "expert")
                .doesNotContain("shanting");
    }

    @Test
    void shouldOfferACityInvestigationNoCountyOfficials() {
        List<String> offered = offeredForTheTeam(3);

        assertThat(offered).as("较大事故: 枣庄市人民政府 investigates").contains("zaozhuang", "investigation-team", "government")
                .doesNotContain("taierzhuang", "shanting");
    }

    /** An accident in 台儿庄区 with {@code deaths} dead, up to its team; the notice signed off over REST by the 机关负责人. */
    private List<String> offeredForTheTeam(int deaths) {
        OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> report = new HashMap<>();
        report.put("jurisdiction", "370405");
        report.put("enterpriseName", "台儿庄某化工有限公司");
        report.put("enterpriseCreditCode", "91370405MA3C000019");
        report.put("occurredAt", now.minusMinutes(50).toString());
        report.put("reportedAt", now.minusMinutes(40).toString());
        report.put("deaths", deaths);
        report.put("seriousInjuries", 0);
        report.put("directEconomicLossYuan", 100_000.0);
        report.put("accidentSummary", "中毒窒息");
        ProcessInstance accident = runtimeService.startProcessInstanceByKey("accident-investigation", report);
        for (Task reportUp = open(accident, "Task_ReportUp"); reportUp != null; reportUp = open(accident, "Task_ReportUp")) {
            complete(reportUp, withVariables("reportedUpAt", now.minusMinutes(30).toString(), "reportRecipient", "上级应急管理局"));
        }
        complete(task("Task_IssueSupervisionNotice", accident), withVariables("supervisionItems", "查明原因", "supervisionDeadline",
                now.plusMonths(2).toLocalDate().toString(), "supervisionLifting", "批复后解除"));
        String signOff = task("Task_PublishSupervision", accident).getId();
        Http head = Http.as(port, "bureau-head", "demo");
        JsonNode draft = head.get("/engine-rest/task/" + signOff + "/variables").json();
        assertThat(head.post("/engine-rest/task/" + signOff + "/complete", "{\"variables\": {\"noticeTitle\": " + draft.path("noticeTitle")
                + ", \"noticeBody\": " + draft.path("noticeBody") + ", \"noticeApproved\": {\"value\": true}}}").status()).isEqualTo(204);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> options = (List<Map<String, String>>) taskService.getVariableLocal(task("Task_AppointTeam", accident).getId(),
                "userOptions");
        List<String> offered = new ArrayList<>();
        options.forEach(option -> offered.add(option.get("value")));
        return offered;
    }

    private Task open(ProcessInstance accident, String key) {
        return taskService.createTaskQuery().processInstanceId(accident.getId()).taskDefinitionKey(key).singleResult();
    }
}
