package org.safetyflow.http;

import jakarta.servlet.http.HttpServletRequest;
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

    public static void remember(HttpServletRequest request, Task task) {
        request.setAttribute(ATTRIBUTE, task);
    }

    /** The task with this id if a filter before found it for this request, else null (look it up). */
    public static Task seen(HttpServletRequest request, String taskId) {
        return request.getAttribute(ATTRIBUTE) instanceof Task task && task.getId().equals(taskId) ? task : null;
    }
}
