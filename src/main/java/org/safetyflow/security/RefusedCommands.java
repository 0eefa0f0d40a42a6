package org.safetyflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST resources answer most exceptions of a completion or a form submission with a 500
 * ("Cannot complete task <id>: …"), also when SafetyFlow refused the input in a listener (an unknown
 * user named as 组长, an extension beyond the statute). {@link EngineRefusals} remembers such a refusal
 * on the request's thread; this filter turns the 500 it caused into the refusal's own answer — 400 (or
 * 403) with its Chinese message — for the commands of the engine's API and of Tasklist.
 */
class RefusedCommands extends OncePerRequestFilter {

    /** The refusal of the current write request, when this filter watches the thread (nothing kept otherwise). */
    private static final ThreadLocal<ProcessEngineException[]> LAST = new ThreadLocal<>();

    /** Called by the engine's translation of refusals: this request's command was refused. */
    static void remember(ProcessEngineException refusal) {
        ProcessEngineException[] watched = LAST.get();
        if (watched != null) {
            watched[0] = refusal;
        }
    }

    /**
     * The commands whose resources turn a refusal into a 500: completions, form submissions, starts and
     * messages. Queries sent by POST (task and history lists) are neither watched nor buffered.
     */
    private static final Pattern COMMANDS = Pattern.compile(".*/(complete|submit-form|resolve|start|message)$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !COMMANDS.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProcessEngineException[] watched = new ProcessEngineException[1];
        LAST.set(watched);
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            ProcessEngineException refusal = watched[0];
            if (buffered.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR && refusal != null) {
                buffered.resetBuffer();
                Refusals.write(buffered, refusal instanceof AuthorizationException ? HttpServletResponse.SC_FORBIDDEN
                        : HttpServletResponse.SC_BAD_REQUEST, refusal.getMessage());
            }
        } finally {
            LAST.remove();
            buffered.copyBodyToResponse();
        }
    }
}
