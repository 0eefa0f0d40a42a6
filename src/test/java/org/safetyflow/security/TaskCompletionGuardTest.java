package org.safetyflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.Complaints.report;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Officials claim and complete only the tasks of their role: a role that does not follow the process
 * cannot even touch its tasks (engine authorizations), and one that follows it cannot take another role's step.
 */
@EngineTest
class TaskCompletionGuardTest {

    static final String ACCEPT = "{\"variables\": {\"acceptance\": {\"value\": \"ACCEPT\"}}}";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @Test
    void shouldRefuseTheTaskOfAnotherRoleEvenAfterAClaim() {
        String task = acceptanceTaskOfANewReport();
        Http inspector = Http.as(port, "hazard-officer", "demo");

        inspector.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"hazard-officer\"}");
        Http.Response refused = inspector.post("/engine-rest/task/" + task + "/complete", ACCEPT);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("message").asText()).startsWith("您无权执行此操作").contains("办理任务");
        assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }

    @Test
    void shouldLetAFollowerOfTheProcessNeitherClaimNorCompleteAnotherRolesStep() {
        String task = acceptanceTaskOfANewReport();
        taskService.deleteCandidateGroup(task, "complaint-clerk");
        taskService.addCandidateGroup(task, "bureau-head");
        Http clerk = Http.as(port, "complaint-clerk", "demo");

        Http.Response claim = clerk.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"complaint-clerk\"}");
        Http.Response complete = clerk.post("/engine-rest/task/" + task + "/complete", ACCEPT);

        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.json().path("message").asText()).isEqualTo("您不在任务「受理审查」的候选人或候选角色组中，不能认领。");
        assertThat(complete.status()).isEqualTo(403);
        assertThat(complete.json().path("message").asText()).isEqualTo("您不是任务「受理审查」的办理人，也不在其候选角色组中，无权办理。");
        assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
    }

    @Test
    void shouldLetTheRoleCompleteItsTask() {
        String task = acceptanceTaskOfANewReport();

        Http.Response done = Http.as(port, "complaint-clerk", "demo").post("/engine-rest/task/" + task + "/complete", ACCEPT);

        assertThat(done.status()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(task).count()).isZero();
    }

    @Test
    void shouldLetAnAdministratorCompleteAnyTask() {
        String task = acceptanceTaskOfANewReport();

        assertThat(Http.as(port, "demo", "demo").post("/engine-rest/task/" + task + "/complete", ACCEPT).status()).isEqualTo(204);
    }

    private String acceptanceTaskOfANewReport() {
        String instance = runtimeService.startProcessInstanceByKey("complaint-intake", report("370405")).getId();
        return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }
}
