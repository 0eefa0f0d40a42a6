package org.safetyflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.safetyflow.http.RewrittenBody;
import org.safetyflow.http.RequestTask;
import org.safetyflow.http.RoutedPath;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What a role user may ask of the engine's REST API, at {@code /engine-rest} and where the webapps
 * mount it ({@code /camunda/api/engine/engine/{name}}): read (the engine's authorizations and tenant
 * checks decide what), query, start the cases and evaluate the decisions the access matrix gives its
 * roles, work its tasks (claim, complete, comment), send a contract message to one case, and keep its
 * own Tasklist filters. Everything else — deployments, identities, tenants, authorizations, variables
 * outside a completion, modification, suspension, deletion, jobs, incidents, BPMN errors from outside,
 * history clean-up — is for administrators, and answers 403 in Chinese before the engine sees it.
 *
 * <p>For every caller, administrators included, no query or filter carries an expression beyond
 * {@link QueryExpressions}; and Admin's first-run set-up (CVE-2026-77226) is closed: SafetyFlow creates
 * its administrators itself.
 */
class EngineRoutePolicy extends OncePerRequestFilter {

    private static final Pattern ENGINE = Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");
    private static final String SETUP = "/camunda/api/admin/setup/";
    private static final String ADMIN_API = "/camunda/api/admin/";
    private static final String LOGIN_API = "/camunda/api/admin/auth/";

    /** A task's completion: its candidates are asked before its form is checked (403 before 400). */
    private static final Pattern COMPLETION = Pattern.compile("^/task/([^/;]+)/(?:complete|submit-form|resolve)/?$");

    private final IdentityService identityService;
    private final TaskService taskService;
    private final ProcessEngineConfigurationImpl engine;
    private final AccessMatrix matrix;
    private final ObjectMapper json = new ObjectMapper();

    EngineRoutePolicy(IdentityService identityService, TaskService taskService, ProcessEngineConfigurationImpl engine, AccessMatrix matrix) {
        this.identityService = identityService;
        this.taskService = taskService;
        this.engine = engine;
        this.matrix = matrix;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // As Jersey routes it: /start;x=1, /start/ and //start are /start here too (docs/security.md).
        String uri = RoutedPath.of(request) + "/";
        if (uri.startsWith(SETUP)) {
            Refusals.write(response, 403, "初始设置接口已关闭：SafetyFlow 的系统管理员由系统自行创建（见 docs/security.md）。");
            return;
        }
        Caller caller = caller(request);
        Matcher engine = ENGINE.matcher(uri);
        if (caller == null || !engine.matches()) {
            if (caller != null && !caller.administrator() && uri.startsWith(ADMIN_API) && !uri.startsWith(LOGIN_API)) {
                Refusals.write(response, 403, "只有系统管理员可以使用系统管理（Admin）。");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String path = engine.group(1) == null || engine.group(1).equals("/") ? "/" : engine.group(1).substring(0, engine.group(1).length() - 1);
        String method = request.getMethod();
        String forbidden = EngineRoutes.refusal(caller, method, path, this::isAdministrative);
        if (forbidden != null) {
            Refusals.write(response, 403, forbidden);
            return;
        }
        String notTheirs = "POST".equals(method) ? notTheirTask(caller, path, request) : null;
        if (notTheirs != null) {
            Refusals.write(response, 403, notTheirs);
            return;
        }
        String refusedParameter = EngineRequestContent.refusedParameter(request.getQueryString());
        if (refusedParameter != null) {
            Refusals.write(response, 400, QueryExpressions.explanation(refusedParameter));
            return;
        }
        if (!"POST".equals(method) && !"PUT".equals(method) || !isJson(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        JsonNode document = parse(body);
        String refusal = EngineRequestContent.refusal(matrix, caller, path, document);
        if (refusal != null) {
            Refusals.write(response, refusal.startsWith("403:") ? 403 : 400, refusal.substring(4));
            return;
        }
        HttpServletRequest replay = new RewrittenBody(request, document.isMissingNode() ? body : json.writeValueAsBytes(document));
        if (!caller.administrator() && "/message".equals(path) || EngineRoutes.UNLOCK.matcher(path).matches()) {
            // Checked here: the message's role and case, the security administrator's unlock.
            TrustedCommands.run(() -> chain.doFilter(replay, response));
            return;
        }
        chain.doFilter(replay, response);
    }

    /**
     * Who may not work a task learns that first, whatever the form holds: the engine's guard
     * ({@link TaskCompletionGuard}) would refuse the completion too, but only after the input check had answered 400
     * about a form that was never theirs to fill. A task the caller cannot see is left to the engine (404).
     */
    private String notTheirTask(Caller caller, String path, HttpServletRequest request) {
        Matcher completion = COMPLETION.matcher(path);
        if (caller.administrator() || !completion.matches()) {
            return null;
        }
        Task task = RequestTask.visible(engine, completion.group(1));
        if (task != null) {
            RequestTask.remember(request, task);
        }
        if (task == null || TaskCompletionGuard.mayWork(taskService.getIdentityLinksForTask(task.getId()), task.getAssignee(),
                caller.userId(), caller.groups(), true)) {
            return null;
        }
        // Its candidates may have gone with the task itself, completed by another request a moment ago: the engine
        // answers that one (404/409), not this check.
        boolean stillThere = taskService.createTaskQuery().taskId(task.getId()).count() > 0;
        return stillThere ? TaskCompletionGuard.refusal(task.getName()) : null;
    }

    private boolean isAdministrative(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .anyMatch(group -> EngineRoutes.ADMINISTRATIVE_GROUPS.contains(group.getId()));
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || type.toLowerCase(Locale.ROOT).contains("json");
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The signed-in caller: HTTP Basic (set by the authentication filter) or a webapp session. */
    private Caller caller(HttpServletRequest request) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null) {
            return new Caller(authentication.getUserId(), authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        for (var webapp : authentications == null ? List.<UserAuthentication>of() : authentications.getAuthentications()) {
            return new Caller(webapp.getIdentityId(), webapp.getGroupIds() == null ? List.of() : webapp.getGroupIds());
        }
        return null;
    }

    record Caller(String userId, List<String> groups) {
        boolean administrator() {
            return groups.contains(Groups.CAMUNDA_ADMIN);
        }

        boolean isMemberOf(String group) {
            return groups.contains(group);
        }
    }
}
