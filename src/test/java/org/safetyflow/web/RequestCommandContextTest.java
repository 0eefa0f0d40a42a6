package org.safetyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safetyflow.http.ErrorAnswer;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The engine commands of a task's completion or a case's start over the engine's API share one command context (what one
 * command read, the next finds in the engine's cache) and are written in one flush at the end — only if the request
 * succeeded; a lost race that shows only at that flush is answered 409 and leaves nothing. Queries, and writes whose
 * answer queries what they wrote, keep one context per command.
 */
@EngineTest
class RequestCommandContextTest {

    @Autowired
    @Qualifier("requestTransactionFilter")
    FilterRegistrationBean<? extends Filter> registration;
    @Autowired
    ProcessEngineConfigurationImpl engine;
    @Autowired
    TaskService taskService;

    final List<String> created = new ArrayList<>();

    @AfterEach
    void removeTasks() {
        created.forEach(id -> taskService.deleteTask(id, true));
    }

    @Test
    void shouldRunTheEngineCommandsOfACompletionOrStartInOneContextAndThoseOfOtherRequestsEachInItsOwn() throws Exception {
        for (String oneContext : List.of("/engine-rest/task/t-1/complete", "/engine-rest/task/t-1/submit-form",
                "/engine-rest/process-definition/key/complaint-intake/start", "/engine-rest/process-definition/key/x/tenant-id/370405/submit-form",
                "/engine-rest/process-definition/complaint-intake:1:7/start")) {
            List<CommandContext> seen = contexts("POST", oneContext);
            assertThat(seen.get(0)).as(oneContext).isSameAs(seen.get(1));
        }
        for (String[] eachItsOwn : List.of(new String[] {"GET", "/engine-rest/task"}, new String[] {"POST", "/engine-rest/task"},
                new String[] {"POST", "/engine-rest/authorization/create"}, new String[] {"PUT", "/engine-rest/task/t-1/variables/x"},
                new String[] {"GET", "/engine-rest/task/t-1/complete"})) {
            List<CommandContext> seen = contexts(eachItsOwn[0], eachItsOwn[1]);
            assertThat(seen.get(0)).as(String.join(" ", eachItsOwn)).isNotSameAs(seen.get(1));
        }
    }

    @Test
    void shouldWriteTheRequestsChangesOnlyWhenItSucceeds() throws Exception {
        String kept = newTask("成功的请求");
        String dropped = newTask("失败的请求");

        run("POST", "/engine-rest/task/" + kept + "/complete", 204, () -> taskService.setAssignee(kept, "hazard-officer"));
        MockHttpServletResponse refused = run("POST", "/engine-rest/task/" + dropped + "/complete", 400,
                () -> taskService.setAssignee(dropped, "hazard-officer"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(task(kept).getAssignee()).isEqualTo("hazard-officer");
        assertThat(task(dropped).getAssignee()).isNull();
    }

    @Test
    void shouldAnswerARaceLostAtTheFlush409AndWriteNothing() throws Exception {
        String id = newTask("两人同时办理");

        MockHttpServletResponse answer = run("POST", "/engine-rest/task/" + id + "/complete", 204, () -> {
            taskService.setAssignee(id, "hazard-officer");
            // Another request changes the same task and commits while this one has not flushed yet.
            CompletableFuture.runAsync(() -> taskService.setAssignee(id, "hazard-head")).join();
        });

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(answer.getContentAsString()).contains(ErrorAnswer.TASK_TAKEN);
        assertThat(task(id).getAssignee()).isEqualTo("hazard-head");
    }

    /** The command contexts of two engine commands run by one request. */
    private List<CommandContext> contexts(String method, String path) throws Exception {
        List<CommandContext> seen = new ArrayList<>();
        MockHttpServletResponse answer = run(method, path, 200, () -> {
            seen.add(currentContext());
            seen.add(currentContext());
        });
        assertThat(answer.getStatus()).isEqualTo(200);
        return seen;
    }

    private CommandContext currentContext() {
        return engine.getCommandExecutorTxRequired().execute(context -> context);
    }

    private MockHttpServletResponse run(String method, String path, int status, Runnable engineWork) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        request.setServletPath("/engine-rest");
        request.setPathInfo(path.substring("/engine-rest".length()));
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
            engineWork.run();
            ((HttpServletResponse) res).setStatus(status);
        };
        registration.getFilter().doFilter(request, response, chain);
        return response;
    }

    private String newTask(String name) {
        Task task = taskService.newTask();
        task.setName(name);
        taskService.saveTask(task);
        created.add(task.getId());
        return task.getId();
    }

    private Task task(String id) {
        return taskService.createTaskQuery().taskId(id).singleResult();
    }
}
