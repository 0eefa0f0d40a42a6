package org.safetyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.inbox.InboxTest.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 转办, 委派 and 归还, 催办 and 抄送 over {@code /api/tasks/{id}/…}: who may, the refusals that change nothing, the timeline. */
@EngineTest
class TaskOperationsTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    Database database;

    @BeforeEach
    void officials() {
        InboxUsers.ensure(identityService);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void shouldTransferATaskToAColleagueWithTheReasonOnTheTimeline() {
        Task task = newReport();
        taskService.claim(task.getId(), InboxUsers.CLERK);

        Http.Response transferred = as(InboxUsers.CLERK).post(path(task, "transfer"),
                "{\"userId\": \"" + InboxUsers.COLLEAGUE + "\", \"reason\": \"本人出差，由同事代办\"}");

        assertThat(transferred.status()).as(transferred.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(InboxUsers.COLLEAGUE);
        assertThat(item(as(InboxUsers.COLLEAGUE).get("/api/inbox?view=mine&size=100").json(), task.getId())).isNotNull();
        JsonNode told = as(InboxUsers.COLLEAGUE).get("/api/notifications?size=100").json();
        List<JsonNode> aboutTask = about(told, task);
        assertThat(aboutTask).hasSize(1);
        assertThat(aboutTask.get(0).path("kind").asText()).isEqualTo("ASSIGNED");
        assertThat(aboutTask.get(0).path("title").asText()).isEqualTo("转办：任务「受理审查」");
        assertThat(aboutTask.get(0).path("body").asText()).contains(InboxUsers.CLERK, "本人出差，由同事代办");
        JsonNode event = timelineEvent(task, "TASK_TRANSFER");
        assertThat(event.path("user").asText()).isEqualTo(InboxUsers.CLERK);
        assertThat(event.path("description").asText()).isEqualTo("转办任务「受理审查」给 " + InboxUsers.COLLEAGUE + "：本人出差，由同事代办");
        assertThat(event.at("/details/reason").asText()).isEqualTo("本人出差，由同事代办");
    }

    @Test
    void shouldLetAnOfficialWhoIsNoCandidateCompleteATaskTransferredToIt() {
        Task task = newReport();
        taskService.addCandidateGroup(task.getId(), "complaint-clerk");
        taskService.claim(task.getId(), InboxUsers.WORKER);

        Http.Response transferred = as(InboxUsers.WORKER).post(path(task, "transfer"),
                "{\"userId\": \"" + InboxUsers.OFFICER + "\", \"reason\": \"涉及执法检查，转执法人员办理\"}");
        Http.Response completed = as(InboxUsers.OFFICER).post("/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\": {\"acceptance\": {\"value\": \"ACCEPT\"}}}");

        assertThat(transferred.status()).as(transferred.body()).isEqualTo(204);
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    }

    @Test
    void shouldLetACandidateTransferAnUnclaimedTask() {
        Task task = newReport();

        Http.Response transferred = as(InboxUsers.CLERK).post(path(task, "transfer"),
                "{\"userId\": \"" + InboxUsers.COLLEAGUE + "\", \"reason\": \"按分工由其办理\"}");

        assertThat(transferred.status()).as(transferred.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(InboxUsers.COLLEAGUE);
    }

    @Test
    void shouldRefuseATransferByWhoeverMayNotMakeItAndChangeNothing() {
        Task task = newReport();
        taskService.claim(task.getId(), InboxUsers.CLERK);

        Http.Response byHead = as(InboxUsers.HEAD).post(path(task, "transfer"), "{\"userId\": \"" + InboxUsers.COLLEAGUE + "\", \"reason\": \"调整\"}");
        Http.Response byOtherDistrict = as(InboxUsers.OTHER_DISTRICT).post(path(task, "transfer"),
                "{\"userId\": \"" + InboxUsers.COLLEAGUE + "\", \"reason\": \"调整\"}");
        Http.Response withoutReason = as(InboxUsers.CLERK).post(path(task, "transfer"), "{\"userId\": \"" + InboxUsers.COLLEAGUE + "\"}");
        Http.Response toOtherDistrict = as(InboxUsers.CLERK).post(path(task, "transfer"),
                "{\"userId\": \"" + InboxUsers.OTHER_DISTRICT + "\", \"reason\": \"调整\"}");
        Http.Response toNobody = as(InboxUsers.CLERK).post(path(task, "transfer"), "{\"userId\": \"no-such-user\", \"reason\": \"调整\"}");

        assertThat(byHead.status()).isEqualTo(403);
        assertThat(byHead.json().path("error").asText()).contains("只有任务的办理人");
        assertThat(byOtherDistrict.status()).isEqualTo(404);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().path("error").asText()).contains("转办理由");
        assertThat(toOtherDistrict.status()).isEqualTo(400);
        assertThat(toOtherDistrict.json().path("error").asText()).contains(InboxUsers.OTHER_DISTRICT, "无权查看或办理");
        assertThat(toNobody.status()).isEqualTo(400);
        assertThat(toNobody.json().path("error").asText()).contains("不存在");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(InboxUsers.CLERK);
        assertThat(actions(task)).isZero();
    }

    @Test
    void shouldDelegateATaskAndTakeItBackWhenTheDelegateResolvesIt() {
        Task task = newReport();
        taskService.claim(task.getId(), InboxUsers.CLERK);

        Http.Response byNonAssignee = as(InboxUsers.COLLEAGUE).post(path(task, "delegate"), "{\"userId\": \"" + InboxUsers.CLERK + "\", \"reason\": \"协助\"}");
        Http.Response resolvedTooEarly = as(InboxUsers.CLERK).post(path(task, "resolve"), "{}");
        Http.Response delegated = as(InboxUsers.CLERK).post(path(task, "delegate"),
                "{\"userId\": \"" + InboxUsers.COLLEAGUE + "\", \"reason\": \"请核实举报人联系方式\"}");
        Task held = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        Http.Response transferredMeanwhile = as(InboxUsers.COLLEAGUE).post(path(task, "transfer"),
                "{\"userId\": \"" + InboxUsers.CLERK + "\", \"reason\": \"退还\"}");
        Http.Response resolved = as(InboxUsers.COLLEAGUE).post(path(task, "resolve"), "{\"reason\": \"已核实，联系方式有效\"}");

        assertThat(byNonAssignee.status()).isEqualTo(403);
        assertThat(resolvedTooEarly.status()).isEqualTo(409);
        assertThat(delegated.status()).as(delegated.body()).isEqualTo(204);
        assertThat(held.getAssignee()).isEqualTo(InboxUsers.COLLEAGUE);
        assertThat(held.getOwner()).isEqualTo(InboxUsers.CLERK);
        assertThat(held.getDelegationState()).isEqualTo(DelegationState.PENDING);
        assertThat(transferredMeanwhile.status()).isEqualTo(409);
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(204);
        Task back = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(back.getAssignee()).isEqualTo(InboxUsers.CLERK);
        assertThat(back.getDelegationState()).isEqualTo(DelegationState.RESOLVED);
        assertThat(about(as(InboxUsers.CLERK).get("/api/notifications?size=100").json(), task).get(0).path("body").asText())
                .contains("已核实，联系方式有效");
        assertThat(timelineEvent(task, "TASK_DELEGATE").path("description").asText()).contains("委派任务「受理审查」给 " + InboxUsers.COLLEAGUE);
        assertThat(timelineEvent(task, "TASK_RESOLVE").path("user").asText()).isEqualTo(InboxUsers.COLLEAGUE);
    }

    @Test
    void shouldUrgeTheAssigneeOnlyOnceAnHour() {
        Task task = newReport();
        taskService.claim(task.getId(), InboxUsers.CLERK);

        Http.Response first = as(InboxUsers.HEAD).post(path(task, "urge"), "{\"message\": \"请于今日内受理\"}");
        Http.Response second = as(InboxUsers.HEAD).post(path(task, "urge"), "{\"message\": \"再次催办\"}");
        Http.Response byAssignee = as(InboxUsers.CLERK).post(path(task, "urge"), "{}");
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(61, ChronoUnit.MINUTES)));
        Http.Response anHourLater = as(InboxUsers.HEAD).post(path(task, "urge"), "{}");

        assertThat(first.status()).as(first.body()).isEqualTo(204);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.json().path("error").asText()).contains("每 1 小时只能催办一次", "分钟后再试");
        assertThat(byAssignee.status()).isEqualTo(400);
        assertThat(anHourLater.status()).as(anHourLater.body()).isEqualTo(204);
        // Newest first; the claim above, made by nobody signed in, told the clerk of its new task too.
        List<JsonNode> told = about(as(InboxUsers.CLERK).get("/api/notifications?size=100").json(), task).stream()
                .filter(n -> n.path("kind").asText().equals("URGED")).toList();
        assertThat(told).hasSize(2);
        assertThat(told.get(1).path("body").asText()).contains(InboxUsers.HEAD, "请于今日内受理");
        assertThat(actions(task)).isEqualTo(2);
    }

    @Test
    void shouldUrgeEveryCandidateOfAnUnclaimedTask() {
        Task task = newReport();

        assertThat(as(InboxUsers.HEAD).post(path(task, "urge"), "{}").status()).isEqualTo(204);

        // The group's members in the case's jurisdiction or above it; not another district's.
        assertThat(about(as(InboxUsers.CLERK).get("/api/notifications?size=100").json(), task)).hasSize(1);
        assertThat(about(as(InboxUsers.CITY).get("/api/notifications?size=100").json(), task)).hasSize(1);
        assertThat(about(as(InboxUsers.OTHER_DISTRICT).get("/api/notifications?size=100").json(), task)).isEmpty();
    }

    @Test
    void shouldCarbonCopyTheCaseToAnOfficialWhoThenReadsItAndLeavesAReadReceipt() {
        Task task = newReport();
        String caseNumber = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        Http city = as(InboxUsers.CITY);
        Http head = as(InboxUsers.HEAD);
        // Before: the city's official is no party to the case.
        assertThat(city.get("/api/cases/" + caseNumber + "/documents").status()).isEqualTo(404);

        Http.Response byHead = head.post(path(task, "cc"), "{\"userIds\": [\"" + InboxUsers.CITY + "\"]}");
        Http.Response toOtherDistrict = as(InboxUsers.CLERK).post(path(task, "cc"), "{\"userIds\": [\"" + InboxUsers.OTHER_DISTRICT + "\"]}");
        Http.Response sent = as(InboxUsers.CLERK).post(path(task, "cc"), "{\"userIds\": [\"" + InboxUsers.CITY + "\"], \"reason\": \"涉及市级督办企业\"}");

        assertThat(byHead.status()).isEqualTo(403);
        assertThat(toOtherDistrict.status()).isEqualTo(400);
        assertThat(sent.status()).as(sent.body()).isEqualTo(204);
        JsonNode received = item(city.get("/api/inbox?view=cc").json(), task.getId());
        assertThat(received.path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(received.path("sentBy").asText()).isEqualTo(InboxUsers.CLERK);
        assertThat(received.path("read").isNull()).isTrue();
        assertThat(city.get("/api/cases/" + caseNumber + "/documents").status()).isEqualTo(200);
        JsonNode notification = about(city.get("/api/notifications?size=100").json(), task).get(0);
        assertThat(notification.path("kind").asText()).isEqualTo("CC");

        assertThat(head.post("/api/notifications/" + notification.path("id").asText() + "/read", "").status()).isEqualTo(404);
        assertThat(city.post("/api/notifications/" + notification.path("id").asText() + "/read", "").status()).isEqualTo(204);

        JsonNode receipts = as(InboxUsers.CLERK).get(path(task, "cc")).json();
        assertThat(receipts.get(0).path("userId").asText()).isEqualTo(InboxUsers.CITY);
        assertThat(receipts.get(0).path("read").isNull()).isFalse();
        assertThat(item(city.get("/api/inbox?view=cc").json(), task.getId()).path("read").isNull()).isFalse();
        assertThat(timelineEvent(task, "TASK_CC").path("description").asText()).isEqualTo("抄送任务「受理审查」给 " + InboxUsers.CITY + "：涉及市级督办企业");
    }

    @Test
    void shouldTellTheNewAssigneeOfATaskGivenToItBySomebodyElse() {
        Task task = newReport();

        taskService.setAssignee(task.getId(), InboxUsers.COLLEAGUE);

        List<JsonNode> told = about(as(InboxUsers.COLLEAGUE).get("/api/notifications?size=100").json(), task);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).path("title").asText()).isEqualTo("新任务：「受理审查」");
        assertThat(told.get(0).path("caseNumber").asText()).startsWith("JB");
    }

    private Task newReport() {
        return InboxUsers.newReport(runtimeService, taskService, "370405");
    }

    private Http as(String user) {
        return InboxUsers.as(port, user);
    }

    private static String path(Task task, String operation) {
        return "/api/tasks/" + task.getId() + "/" + operation;
    }

    private long actions(Task task) {
        return database.jdbc().queryForObject("select count(*) from sf_task_action where task_id = ?", Long.class, task.getId());
    }

    private static List<JsonNode> about(JsonNode notifications, Task task) {
        return StreamSupport.stream(notifications.path("items").spliterator(), false)
                .filter(n -> n.path("taskId").asText().equals(task.getId())).toList();
    }

    private JsonNode timelineEvent(Task task, String type) {
        String caseNumber = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        JsonNode timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + caseNumber + "/timeline").json();
        return StreamSupport.stream(timeline.spliterator(), false).filter(e -> e.path("type").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + timeline));
    }
}
