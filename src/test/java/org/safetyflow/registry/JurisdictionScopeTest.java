package org.safetyflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.safetyflow.testing.Complaints.report;

import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A county's officials see their county's cases only; a city's see their counties' too (demo users
 * taierzhuang = 370405, shanting = 370406, zaozhuang = 370400 枣庄市; all in every role group).
 */
@EngineTest
class JurisdictionScopeTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;

    ProcessInstance taierzhuangCase;
    ProcessInstance shantingCase;

    @BeforeEach
    void openOneCaseInEachCounty() {
        taierzhuangCase = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405"));
        shantingCase = runtimeService.startProcessInstanceByKey("complaint-intake", report("370406"));
    }

    @Test
    void shouldLetACountyReadItsOwnCaseButNotAnotherCountysThroughTheEngineApi() {
        Http taierzhuang = Http.as(port, "taierzhuang", "demo");

        assertThat(taierzhuang.get("/engine-rest/process-instance/" + taierzhuangCase.getId()).status()).isEqualTo(200);
        assertThat(taierzhuang.get("/engine-rest/process-instance/" + shantingCase.getId()).status()).isEqualTo(404);
        assertThat(taierzhuang.get("/engine-rest/task?processInstanceId=" + shantingCase.getId()).json().size()).isZero();
        assertThat(taierzhuang.get("/engine-rest/history/process-instance?processInstanceId=" + shantingCase.getId()).json().size()).isZero();
        Http.Response variables = taierzhuang.get("/engine-rest/process-instance/" + shantingCase.getId() + "/variables");
        assertThat(variables.status()).isEqualTo(403);
        assertThat(variables.json().path("message").asText()).isEqualTo("该案件不属于您所在的管辖区划，无权查看或办理。");
    }

    @Test
    void shouldLetACityReadTheCasesOfItsCounties() {
        Http zaozhuang = Http.as(port, "zaozhuang", "demo");

        assertThat(zaozhuang.get("/engine-rest/process-instance/" + taierzhuangCase.getId()).status()).isEqualTo(200);
        assertThat(zaozhuang.get("/engine-rest/process-instance/" + shantingCase.getId()).status()).isEqualTo(200);
        assertThat(zaozhuang.get("/engine-rest/task?processInstanceId=" + shantingCase.getId()).json().size()).isEqualTo(1);
    }

    @Test
    void shouldKeepACountysCasesFromAnotherCountyInTasklist() {
        WebappSession shanting = WebappSession.login(port, "shanting", "demo");
        String tasks = "/camunda/api/engine/engine/default/task?processInstanceId=";

        assertThat(shanting.get(tasks + shantingCase.getId()).json().size()).isEqualTo(1);
        assertThat(shanting.get(tasks + taierzhuangCase.getId()).json().size()).isZero();
        assertThat(WebappSession.login(port, "zaozhuang", "demo").get(tasks + taierzhuangCase.getId()).json().size()).isEqualTo(1);
    }

    @Test
    void shouldNotLetACountyCompleteAnotherCountysTask() {
        String shantingTask = Http.as(port, "demo", "demo").get("/engine-rest/task?processInstanceId=" + shantingCase.getId())
                .json().get(0).path("id").asText();

        Http.Response response = Http.as(port, "taierzhuang", "demo").post("/engine-rest/task/" + shantingTask + "/complete",
                "{\"variables\": {\"acceptance\": {\"value\": \"ACCEPT\"}}}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("message").asText()).contains("不属于您所在的管辖区划");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(shantingCase.getId()).singleResult()).isNotNull();
        assertThat(Http.as(port, "demo", "demo").get("/engine-rest/task/" + shantingTask).status()).isEqualTo(200);
    }

}
