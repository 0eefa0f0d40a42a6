package org.safetyflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safetyflow.http.ErrorAnswer;
import org.safetyflow.http.RoutedPath;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST resources answer most exceptions of a command with a 500 ("Cannot complete task <id>: …"),
 * also when SafetyFlow refused the input in a listener (an unknown user named as 组长, an extension beyond the
 * statute) or when another request completed the task first. {@link EngineRefusals} remembers the failure of the
 * request's command on its thread; this filter turns the 500 it caused into its meaning ({@link ErrorAnswer}:
 * 400, 403, 404, 409 with a Chinese message) — for the commands (every POST, PUT and DELETE) of the engine's API and
 * of Tasklist's. On {@code /engine-rest} the API's own exception mappers answer so already (web.EngineRestErrors);
 * Tasklist's copy of the API ({@code /camunda/api/engine}) has only this. A 500 without a remembered failure keeps
 * its status but loses its body (which may quote SQL): the server's log has it.
 */
class RefusedCommands extends OncePerRequestFilter {

    /** The failure of the current write request, when this filter watches the thread (nothing kept otherwise). */
    private static final ThreadLocal<RuntimeException[]> LAST = new ThreadLocal<>();

    /** Called by the engine's translation of failures: this request's command failed so. */
    static void remember(RuntimeException failure) {
        RuntimeException[] watched = LAST.get();
        if (watched != null) {
            watched[0] = failure;
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RuntimeException[] watched = new RuntimeException[1];
        LAST.set(watched);
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            if (buffered.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
                String path = RoutedPath.of(request);
                ErrorAnswer answer = watched[0] != null
                        ? ErrorAnswer.to(watched[0], path, request.getAttribute(ErrorAnswer.TASK_SEEN) != null)
                        : ErrorAnswer.ofStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, path);
                buffered.resetBuffer();
                Refusals.write(buffered, answer.status(), answer.type(), answer.message());
            }
        } finally {
            LAST.remove();
            buffered.copyBodyToResponse();
        }
    }
}
