package org.safetyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@EngineTest
class DefaultTaskFiltersTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;

    @Test
    void shouldOfferEveryOfficialTheChineseInboxFilters() {
        JsonNode filters = Http.as(port, "complaint-clerk", "demo").get("/engine-rest/filter?sortBy=name&sortOrder=asc").json();

        assertThat(StreamSupport.stream(filters.spliterator(), false).map(filter -> filter.path("name").asText()))
                .containsExactlyInAnyOrder("我的待办", "本组待办", "即将超期", "逾期任务", "全部任务");
    }

    @Test
    void shouldShowANewReportInTheClerksGroupInboxButNotTheInspectors() {
        String businessKey = runtimeService.startProcessInstanceByKey("complaint-intake", report()).getBusinessKey();

        assertThat(groupInbox("complaint-clerk")).contains(businessKey);
        assertThat(groupInbox("enforcement-officer")).doesNotContain(businessKey);
    }

    @Test
    void shouldShowATaskNamedForAUserInThatUsersClaimableInboxOnly() {
        TestProcesses.deploy(repositoryService, "named-task-test", "指名办理测试", """
                    <bpmn:startEvent id="Start" />
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Inspect" />
                    <bpmn:userTask id="Inspect" name="现场检查" camunda:candidateUsers="hazard-officer" />
                    <bpmn:sequenceFlow id="F2" sourceRef="Inspect" targetRef="End" />
                    <bpmn:endEvent id="End" />
                """);
        String businessKey = runtimeService.startProcessInstanceByKey("named-task-test", Map.of("jurisdiction", "370402")).getBusinessKey();

        assertThat(groupInbox("hazard-officer")).contains(businessKey);
        assertThat(groupInbox("complaint-clerk")).doesNotContain(businessKey);
    }

    @Test
    void shouldListATaskDueWithinTwoWorkingDaysUnderDueSoonAndNotOneDueLater() {
        String soon = runtimeService.startProcessInstanceByKey("complaint-intake", report()).getId();
        String later = runtimeService.startProcessInstanceByKey("complaint-intake", report()).getId();
        taskService.setDueDate(taskService.createTaskQuery().processInstanceId(soon).singleResult().getId(), Date.from(Instant.now().plusSeconds(3600)));
        taskService.setDueDate(taskService.createTaskQuery().processInstanceId(later).singleResult().getId(),
                Date.from(Instant.now().plusSeconds(30L * 24 * 3600)));

        String listed = inbox("complaint-clerk", "即将超期");

        assertThat(listed).contains(runtimeService.createProcessInstanceQuery().processInstanceId(soon).singleResult().getBusinessKey());
        assertThat(listed).doesNotContain(runtimeService.createProcessInstanceQuery().processInstanceId(later).singleResult().getBusinessKey());
    }

    @Test
    void shouldShowTheCaseNumberOnEveryTaskCard() {
        JsonNode filters = Http.as(port, "complaint-clerk", "demo").get("/engine-rest/filter").json();

        for (JsonNode filter : filters) {
            assertThat(filter.at("/properties/variables/0/name").asText()).as(filter.path("name").asText()).isEqualTo("caseNumber");
            assertThat(filter.at("/properties/variables/0/label").asText()).isEqualTo("案件编号");
        }
    }

    private String groupInbox(String user) {
        return inbox(user, "本组待办");
    }

    private String inbox(String user, String filterName) {
        Http http = Http.as(port, user, "demo");
        String filterId = StreamSupport.stream(http.get("/engine-rest/filter").json().spliterator(), false)
                .filter(filter -> filter.path("name").asText().equals(filterName))
                .findFirst().orElseThrow().path("id").asText();
        JsonNode tasks = http.get("/engine-rest/filter/" + filterId + "/list?maxResults=1000").json();
        return StreamSupport.stream(tasks.spliterator(), false)
                .map(task -> runtimeService.createProcessInstanceQuery()
                        .processInstanceId(task.path("processInstanceId").asText()).singleResult().getBusinessKey())
                .toList().toString();
    }

    private static Map<String, Object> report() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("jurisdiction", "370402");
        variables.put("reportChannel", "ONLINE");
        variables.put("reportedAt", Date.from(Instant.parse("2026-11-01T02:00:00Z")));
        variables.put("reportCategory", "VIOLATION");
        variables.put("enterpriseName", "市中区某矿业有限公司");
        variables.put("description", "井下作业人员未佩戴自救器。");
        return variables;
    }
}
