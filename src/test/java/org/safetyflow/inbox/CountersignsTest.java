package org.safetyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.inbox.InboxTest.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 加签: the task waits for its added signers, each signs in its own inbox, and the timeline shows every signature. */
@EngineTest
class CountersignsTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void officials() {
        InboxUsers.ensure(identityService);
    }

    @Test
    void shouldKeepTheTaskOpenUntilEverySignerHasSigned() {
        Task task = InboxUsers.newReport(runtimeService, taskService, "370405");
        taskService.addCandidateGroup(task.getId(), "complaint-clerk");
        taskService.claim(task.getId(), InboxUsers.WORKER);
        Http holder = InboxUsers.as(port, InboxUsers.WORKER);
        String path = "/api/tasks/" + task.getId() + "/countersign";

        Http.Response byOther = InboxUsers.as(port, InboxUsers.COLLEAGUE).post(path, "{\"userIds\": [\"" + InboxUsers.CITY + "\"], \"mode\": \"BEFORE\"}");
        Http.Response withoutMode = holder.post(path, "{\"userIds\": [\"" + InboxUsers.COLLEAGUE + "\"]}");
        Http.Response afterWithoutOpinion = holder.post(path, "{\"userIds\": [\"" + InboxUsers.COLLEAGUE + "\"], \"mode\": \"AFTER\"}");
        Http.Response otherDistrict = holder.post(path, "{\"userIds\": [\"" + InboxUsers.OTHER_DISTRICT + "\"], \"mode\": \"BEFORE\"}");
        Http.Response added = holder.post(path, "{\"userIds\": [\"" + InboxUsers.COLLEAGUE + "\", \"" + InboxUsers.OFFICER
                + "\"], \"mode\": \"BEFORE\", \"reason\": \"涉及执法检查，请会签\"}");

        assertThat(byOther.status()).isEqualTo(403);
        assertThat(withoutMode.status()).isEqualTo(400);
        assertThat(afterWithoutOpinion.status()).isEqualTo(400);
        assertThat(afterWithoutOpinion.json().path("error").asText()).contains("本人意见");
        assertThat(otherDistrict.status()).isEqualTo(400);
        assertThat(added.status()).as(added.body()).isEqualTo(204);

        Http.Response tooEarly = holder.post("/engine-rest/task/" + task.getId() + "/complete", "{\"variables\": {\"acceptance\": {\"value\": \"ACCEPT\"}}}");
        assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(409);
        assertThat(tooEarly.json().path("message").asText()).contains("尚有加签人未会签", InboxUsers.COLLEAGUE, InboxUsers.OFFICER);

        JsonNode waiting = holder.get(path).json();
        sign(InboxUsers.COLLEAGUE, task, "同意受理");
        sign(InboxUsers.OFFICER, task, "建议联合检查");
        JsonNode signed = holder.get(path).json();
        Http.Response completed = holder.post("/engine-rest/task/" + task.getId() + "/complete", "{\"variables\": {\"acceptance\": {\"value\": \"ACCEPT\"}}}");

        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
        assertThat(waiting).extracting(s -> s.path("userId").asText() + " " + s.path("signed").asBoolean())
                .containsExactlyInAnyOrder(InboxUsers.COLLEAGUE + " false", InboxUsers.OFFICER + " false");
        assertThat(signed).extracting(s -> s.path("userId").asText() + " " + s.path("signed").asBoolean() + " " + s.path("opinion").asText())
                .containsExactlyInAnyOrder(InboxUsers.COLLEAGUE + " true 同意受理", InboxUsers.OFFICER + " true 建议联合检查");
        List<String> told = StreamSupport.stream(holder.get("/api/notifications?size=100").json().path("items").spliterator(), false)
                .filter(n -> n.path("taskId").asText().equals(task.getId())).map(n -> n.path("title").asText()).toList();
        assertThat(told).contains("会签完毕：任务「受理审查」");
        String caseNumber = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        JsonNode timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").json();
        List<String> descriptions = StreamSupport.stream(timeline.spliterator(), false)
                .filter(e -> e.path("type").asText().startsWith("TASK_COUNTERSIGN") || e.path("type").asText().equals("TASK_SIGN"))
                .map(e -> e.path("user").asText() + " " + e.path("description").asText()).toList();
        assertThat(descriptions).containsExactly(
                InboxUsers.WORKER + " 加签任务「受理审查」给 " + InboxUsers.COLLEAGUE + "," + InboxUsers.OFFICER + "（前加签）：涉及执法检查，请会签",
                InboxUsers.COLLEAGUE + " 会签任务「受理审查」：同意受理",
                InboxUsers.OFFICER + " 会签任务「受理审查」：建议联合检查");
    }

    /** The signer finds its 会签 in its own inbox, comments and completes it, as in Tasklist. */
    private void sign(String signer, Task task, String opinion) {
        Http http = InboxUsers.as(port, signer);
        JsonNode mine = http.get("/api/inbox?view=mine&size=100").json();
        JsonNode sign = StreamSupport.stream(mine.path("items").spliterator(), false)
                .filter(i -> i.path("name").asText().equals("会签：受理审查") && i.path("caseNumber").asText()
                        .equals(runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey()))
                .findFirst().orElseThrow(() -> new AssertionError("no 会签 in " + mine));
        assertThat(item(mine, sign.path("taskId").asText())).isNotNull();
        // Its card in Tasklist shows the case, as any task's does.
        assertThat(taskService.getVariablesLocal(sign.path("taskId").asText())).containsKeys("caseNumber", "enterpriseName", "jurisdiction");
        Http.Response commented = http.post("/engine-rest/task/" + sign.path("taskId").asText() + "/comment/create", "{\"message\": \"" + opinion + "\"}");
        Http.Response completed = http.post("/engine-rest/task/" + sign.path("taskId").asText() + "/complete", "{}");
        assertThat(commented.status()).as(commented.body()).isEqualTo(200);
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    }
}
