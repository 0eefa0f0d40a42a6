package org.safetyflow.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Hazards;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task looked up by id for a request is found exactly when the engine's task query would find it for the same caller:
 * its candidates in its jurisdiction (and those above), not another county, not a role without the right to read it.
 */
@EngineTest
class RequestTaskTest {

    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void shouldFindATaskExactlyWhenTheTaskQueryFindsItForTheSameCaller() {
        ProcessInstance hazard = runtimeService.startProcessInstanceByKey("hazard-rectification",
                Hazards.report("370405", "91370405MA3C000019", "台儿庄某化工有限公司"));
        String id = taskService.createTaskQuery().processInstanceId(hazard.getId()).singleResult().getId();
        record Caller(String user, List<String> groups, List<String> tenants, boolean sees) {
        }
        List<Caller> callers = List.of(
                new Caller("hazard-officer", List.of("hazard-officer"), List.of("370405"), true),
                new Caller("hazard-officer", List.of("hazard-officer"), List.of("370400", "370405"), true),
                new Caller("hazard-officer", List.of("hazard-officer"), List.of("370406"), false),
                new Caller("hazard-officer", List.of("hazard-officer"), List.of(), false),
                new Caller("complaint-clerk", List.of("complaint-clerk"), List.of("370405"), false),
                new Caller("nobody", List.of(), List.of("370405"), false));

        for (Caller caller : callers) {
            identityService.setAuthentication(caller.user(), caller.groups(), caller.tenants());
            Task found = RequestTask.visible(engine, id);
            long byQuery = taskService.createTaskQuery().taskId(id).count();

            assertThat(found != null).as(caller.toString()).isEqualTo(caller.sees()).isEqualTo(byQuery == 1);
            if (found != null) {
                assertThat(found.getId()).isEqualTo(id);
                assertThat(found.getTaskDefinitionKey()).isEqualTo("Task_Register");
                assertThat(found.getProcessDefinitionId()).isEqualTo(hazard.getProcessDefinitionId());
            }
        }
        identityService.setAuthentication("hazard-officer", List.of("hazard-officer"), List.of("370405"));
        assertThat(RequestTask.visible(engine, "no-such-task")).isNull();
    }
}
