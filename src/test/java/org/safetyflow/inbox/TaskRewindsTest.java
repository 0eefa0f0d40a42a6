package org.safetyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.TestProcesses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 退回 to a passed step (its due date and timers afresh) and 撤回 while the next step is untouched. */
@EngineTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskRewindsTest {

    /** 审查 (due in 2 days, a reminder timer after an hour), then 审核, then 审批. */
    static final String MODEL = """
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Review" />
                <bpmn:userTask id="Review" name="审查" camunda:candidateGroups="inbox-testers" camunda:dueDate="${dateTime().plusDays(2).toDate()}" />
                <bpmn:boundaryEvent id="Reminder" name="提醒" attachedToRef="Review" cancelActivity="false">
                  <bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:sequenceFlow id="F2" sourceRef="Reminder" targetRef="Reminded" />
                <bpmn:endEvent id="Reminded" />
                <bpmn:sequenceFlow id="F3" sourceRef="Review" targetRef="Check" />
                <bpmn:userTask id="Check" name="审核" camunda:candidateGroups="inbox-testers" />
                <bpmn:sequenceFlow id="F4" sourceRef="Check" targetRef="Approve" />
                <bpmn:userTask id="Approve" name="审批" camunda:candidateGroups="inbox-testers" />
                <bpmn:sequenceFlow id="F5" sourceRef="Approve" targetRef="End" />
                <bpmn:endEvent id="End" />
            """;

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;

    @BeforeAll
    void deploy() {
        TestProcesses.deploy(repositoryService, "rewind-test", "退回撤回测试", MODEL);
    }

    @BeforeEach
    void officials() {
        InboxUsers.ensure(identityService);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void shouldReturnTheCaseToAPassedStepWhoseDueDateAndTimerStartAfresh() {
        ProcessInstance instance = start();
        complete(instance, "Review", InboxUsers.CLERK);
        Task check = task(instance, "Check");
        taskService.setAssignee(check.getId(), InboxUsers.COLLEAGUE);
        Instant threeDaysLater = Instant.now().plus(3, ChronoUnit.DAYS);
        ClockUtil.setCurrentTime(Date.from(threeDaysLater));
        Http colleague = InboxUsers.as(port, InboxUsers.COLLEAGUE);

        JsonNode targets = colleague.get("/api/tasks/" + check.getId() + "/return-targets").json();
        Http.Response unpassed = colleague.post("/api/tasks/" + check.getId() + "/return", "{\"activityId\": \"Approve\", \"reason\": \"材料不全\"}");
        Http.Response withoutReason = colleague.post("/api/tasks/" + check.getId() + "/return", "{\"activityId\": \"Review\"}");
        Http.Response byHead = InboxUsers.as(port, InboxUsers.HEAD).post("/api/tasks/" + check.getId() + "/return",
                "{\"activityId\": \"Review\", \"reason\": \"材料不全\"}");
        Http.Response returned = colleague.post("/api/tasks/" + check.getId() + "/return", "{\"activityId\": \"Review\", \"reason\": \"审查意见缺少法律依据\"}");

        assertThat(targets.size()).isEqualTo(1);
        assertThat(targets.get(0).path("activityId").asText()).isEqualTo("Review");
        assertThat(targets.get(0).path("assignee").asText()).isEqualTo(InboxUsers.CLERK);
        assertThat(unpassed.status()).isEqualTo(400);
        assertThat(unpassed.json().path("error").asText()).contains("只能退回到本案件已经办理过的环节", "「审查」（Review）");
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(byHead.status()).isEqualTo(403);
        assertThat(returned.status()).as(returned.body()).isEqualTo(204);
        Task review = task(instance, "Review");
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        assertThat(review.getAssignee()).isEqualTo(InboxUsers.CLERK);
        assertThat(review.getDueDate()).isCloseTo(Date.from(threeDaysLater.plus(2, ChronoUnit.DAYS)), 5_000);
        Job reminder = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(reminder.getDuedate()).isCloseTo(Date.from(threeDaysLater.plus(1, ChronoUnit.HOURS)), 5_000);
        List<JsonNode> told = StreamSupport.stream(InboxUsers.as(port, InboxUsers.CLERK).get("/api/notifications?size=100").json()
                .path("items").spliterator(), false).filter(n -> n.path("taskId").asText().equals(review.getId())).toList();
        assertThat(told).hasSize(1);
        assertThat(told.get(0).path("body").asText()).contains("退回至「审查」", "审查意见缺少法律依据");
        assertThat(event(instance, "TASK_RETURN").path("description").asText()).isEqualTo("退回任务「审核」至「审查」：审查意见缺少法律依据");
    }

    @Test
    void shouldReturnWithinASubProcessKeepingItAndItsDeadlineTimer() {
        ProcessInstance report = runtimeService.startProcessInstanceByKey("complaint-intake", org.safetyflow.testing.Complaints.report("370405"));
        Task accept = taskService.createTaskQuery().processInstanceId(report.getId()).singleResult();
        taskService.claim(accept.getId(), "taierzhuang");
        taskService.complete(accept.getId(), Map.of("acceptance", "ACCEPT"));
        Task verify = taskService.createTaskQuery().processInstanceId(report.getId()).singleResult();
        taskService.claim(verify.getId(), "taierzhuang");
        Job deadline = managementService.createJobQuery().processInstanceId(report.getId()).timers().singleResult();

        Http.Response returned = Http.as(port, "taierzhuang", "demo").post("/api/tasks/" + verify.getId() + "/return",
                "{\"activityId\": \"Task_Accept\", \"reason\": \"举报内容需补充核实\"}");

        assertThat(returned.status()).as(returned.body()).isEqualTo(204);
        Task again = taskService.createTaskQuery().processInstanceId(report.getId()).singleResult();
        assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_Accept");
        assertThat(again.getAssignee()).isEqualTo("taierzhuang");
        // The sub-process 举报办理 runs on, with its 60-day deadline timer as it was.
        Job after = managementService.createJobQuery().processInstanceId(report.getId()).timers().singleResult();
        assertThat(after.getId()).isEqualTo(deadline.getId());
        assertThat(after.getDuedate()).isEqualTo(deadline.getDuedate());
    }

    @Test
    void shouldRecallACompletedStepWhileTheNextIsUntouchedKeepingItsDueDate() {
        ProcessInstance instance = start();
        Date due = task(instance, "Review").getDueDate();
        String review = complete(instance, "Review", InboxUsers.CLERK);
        String check = task(instance, "Check").getId();

        Http.Response byOther = InboxUsers.as(port, InboxUsers.COLLEAGUE).post("/api/tasks/" + review + "/recall", "");
        Http.Response recalled = InboxUsers.as(port, InboxUsers.CLERK).post("/api/tasks/" + review + "/recall", "{\"reason\": \"漏填检查记录\"}");

        assertThat(byOther.status()).isEqualTo(403);
        assertThat(recalled.status()).as(recalled.body()).isEqualTo(204);
        Task again = task(instance, "Review");
        assertThat(again.getAssignee()).isEqualTo(InboxUsers.CLERK);
        assertThat(again.getDueDate()).isEqualTo(due);
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Check").count()).isZero();
        assertThat(event(instance, "TASK_RECALL").path("description").asText()).isEqualTo("撤回任务「审查」：漏填检查记录");
        // Neither the recalled step nor the next one it cancelled is among the clerk's 已办 (a cancelled task was once
        // listed for whoever cancelled it).
        JsonNode done = InboxUsers.as(port, InboxUsers.CLERK).get("/api/inbox?view=done&size=100").json();
        assertThat(done.findValuesAsText("taskId")).doesNotContain(review, check);
    }

    @Test
    void shouldRefuseARecallOnceTheNextStepWasClaimedCommentedOrGivenData() {
        for (String touch : List.of("claim", "comment", "variable")) {
            ProcessInstance instance = start();
            String review = complete(instance, "Review", InboxUsers.CLERK);
            Task check = task(instance, "Check");
            ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 1000));
            switch (touch) {
                case "claim" -> taskService.claim(check.getId(), InboxUsers.COLLEAGUE);
                case "comment" -> taskService.createComment(check.getId(), instance.getId(), "已阅");
                default -> taskService.setVariable(check.getId(), "checkNote", "初步意见");
            }
            ClockUtil.reset();

            Http.Response recalled = InboxUsers.as(port, InboxUsers.CLERK).post("/api/tasks/" + review + "/recall", "");

            assertThat(recalled.status()).as(touch).isEqualTo(409);
            assertThat(recalled.json().path("error").asText()).contains("下一环节「审核」已经开始办理");
            assertThat(task(instance, "Check")).as(touch).isNotNull();
        }
    }

    @Test
    void shouldRefuseARecallOnceTheCaseMovedOnTwoSteps() {
        ProcessInstance instance = start();
        String review = complete(instance, "Review", InboxUsers.CLERK);
        complete(instance, "Check", InboxUsers.COLLEAGUE);

        Http.Response recalled = InboxUsers.as(port, InboxUsers.CLERK).post("/api/tasks/" + review + "/recall", "");

        assertThat(recalled.status()).isEqualTo(409);
        assertThat(recalled.json().path("error").asText()).contains("后续环节已经办结");
    }

    private ProcessInstance start() {
        return runtimeService.startProcessInstanceByKey("rewind-test", Map.of("jurisdiction", "370405"));
    }

    private Task task(ProcessInstance instance, String activityId) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
    }

    /** Completes the step as the user would: claimed, then completed; returns the task's id. */
    private String complete(ProcessInstance instance, String activityId, String user) {
        Task task = task(instance, activityId);
        taskService.claim(task.getId(), user);
        taskService.complete(task.getId());
        return task.getId();
    }

    private JsonNode event(ProcessInstance instance, String type) {
        JsonNode timeline = Http.as(port, "auditor", "demo").get("/api/audit/cases/" + instance.getBusinessKey() + "/timeline").json();
        return StreamSupport.stream(timeline.spliterator(), false).filter(e -> e.path("type").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + timeline));
    }
}
