package org.safetyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.safetyflow.testing.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tasklist's plugins call SafetyFlow's API with the Tasklist session: reads as they are, changes only with its CSRF token. */
@EngineTest
class InboxFromTasklistTest {

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
    void shouldServeTheSignedInTasklistUserAndRefuseAChangeWithoutTheSessionsCsrfToken() {
        Task task = InboxUsers.newReport(runtimeService, taskService, "370405");
        taskService.addCandidateGroup(task.getId(), "complaint-clerk");
        taskService.setAssignee(task.getId(), InboxUsers.CLERK);
        WebappSession tasklist = WebappSession.login(port, InboxUsers.WORKER, InboxUsers.PASSWORD);

        Http.Response panel = tasklist.get("/api/tasks/" + task.getId() + "/operations");
        Http.Response forged = tasklist.sendWithoutCsrfToken("POST", "/api/tasks/" + task.getId() + "/urge", "{}");
        Http.Response urged = tasklist.send("POST", "/api/tasks/" + task.getId() + "/urge", "{\"message\": \"请于今日内受理\"}");

        assertThat(panel.status()).as(panel.body()).isEqualTo(200);
        JsonNode may = panel.json().path("may");
        assertThat(may.path("urge").asBoolean()).isTrue();
        assertThat(may.path("transfer").asBoolean()).isFalse();
        assertThat(panel.json().at("/phrases/return/0").asText()).isNotBlank();
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.json().path("error").asText()).contains("CSRF");
        assertThat(urged.status()).as(urged.body()).isEqualTo(204);
        assertThat(Http.anonymous(port).get("/api/notifications").status()).isEqualTo(401);
    }
}
