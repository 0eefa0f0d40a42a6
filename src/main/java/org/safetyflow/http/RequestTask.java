package org.safetyflow.http;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The task a request to complete it names, as the first filter that looked it up found it (under the caller's
 * authentication, in the request's transaction): the filters after it take it from here instead of asking the engine
 * again (docs/benchmarks.md: every lookup is a command with its permission check).
 */
public final class RequestTask {

    private static final String ATTRIBUTE = RequestTask.class.getName();

    private RequestTask() {
    }

    /**
     * The task with this id if the caller (the engine's current authentication) may see it, else null: the engine's own
     * rule for reading one task — the task's tenant among the caller's, and READ on the task or READ_TASK on its process
     * definition — as the task query applies it, but looked up by id. The query built its SQL anew from the engine's
     * mapping on every call: under load a third of the JVM's CPU went into building the engine's query SQL, most of it
     * for task queries (docs/benchmarks.md, issue 17). In a completion's one command context (web.RequestTransactions)
     * the task, its execution and definition stay in the engine's cache for the command itself.
     */
    public static Task visible(ProcessEngineConfigurationImpl engine, String taskId) {
        return engine.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || !context.getTenantManager().isAuthenticatedTenant(task.getTenantId())) {
                return null;
            }
            try {
                for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                    if (checker instanceof AuthorizationCommandChecker) {
                        checker.checkReadTask(task);
                    }
                }
            } catch (AuthorizationException notVisible) {
                return null;
            }
            return task;
        });
    }

    public static void remember(HttpServletRequest request, Task task) {
        request.setAttribute(ATTRIBUTE, task);
    }

    /** The task with this id if a filter before found it for this request, else null (look it up). */
    public static Task seen(HttpServletRequest request, String taskId) {
        return request.getAttribute(ATTRIBUTE) instanceof Task task && task.getId().equals(taskId) ? task : null;
    }
}
