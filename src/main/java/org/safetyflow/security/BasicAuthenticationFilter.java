package org.safetyflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic authentication against the Camunda identity service for {@code /engine-rest} and
 * {@code /api}. The engine's REST API is open by default; this filter closes it. On success the
 * engine's current authentication carries the user's groups and tenants for the request. Failures
 * (and the lockout they lead to) go to the security log; successes do not, as every request signs
 * in again (webapp logins are logged by {@link WebappLogins}). A sign-in of a moment ago with the same password
 * is reused without asking the database again ({@link SignedInUsers}). {@code /api} also accepts the session of a
 * user signed in to a webapp, for Tasklist's plugins ({@link WebappSessions}: a change needs the session's CSRF token).
 */
class BasicAuthenticationFilter extends OncePerRequestFilter {

    private static final String CHALLENGE = "Basic realm=\"SafetyFlow\", charset=\"UTF-8\"";

    private final IdentityService identityService;
    private final LoginAttempts loginAttempts;
    private final SignedInUsers signedInUsers;

    BasicAuthenticationFilter(IdentityService identityService, LoginAttempts loginAttempts, SignedInUsers signedInUsers) {
        this.identityService = identityService;
        this.loginAttempts = loginAttempts;
        this.signedInUsers = signedInUsers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Credentials credentials = Credentials.fromHeader(request.getHeader("Authorization"));
        String sessionUser = credentials == null && isSafetyFlowApi(request) ? WebappSessions.user(request) : null;
        if (sessionUser != null) {
            withSession(sessionUser, request, response, chain);
            return;
        }
        if (credentials == null) {
            reject(request, response, "需要登录：请使用 HTTP Basic 认证提供用户名和密码。");
            return;
        }
        SignedInUsers.SignedIn signedIn = signedInUsers.recall(credentials.userId(), credentials.password());
        if (signedIn == null) {
            long generation = signedInUsers.generation();
            LoginAttempts.Attempt attempt = loginAttempts.begin(credentials.userId(), request.getRemoteAddr(), "HTTP Basic " + request.getRequestURI());
            if (!identityService.checkPassword(credentials.userId(), credentials.password())) {
                attempt.failed();
                reject(request, response, "用户名或密码错误，或该账户因多次登录失败被锁定（请联系安全管理员解锁）。");
                return;
            }
            signedIn = new SignedInUsers.SignedIn(
                    identityService.createGroupQuery().groupMember(credentials.userId()).list().stream().map(Group::getId).toList(),
                    identityService.createTenantQuery().userMember(credentials.userId()).includingGroupsOfUser(true).list()
                            .stream().map(Tenant::getId).toList());
            signedInUsers.remember(credentials.userId(), credentials.password(), signedIn, generation);
        }
        List<String> groups = signedIn.groups();
        List<String> tenants = signedIn.tenants();
        identityService.setAuthentication(credentials.userId(), groups, tenants);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * SafetyFlow's API called from a webapp (Tasklist's plugins) with its session: the user's groups and jurisdictions
     * as they are now (a role removed counts at once), and for a change the session's CSRF token.
     */
    private void withSession(String user, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (identityService.createUserQuery().userId(user).count() == 0) {
            reject(request, response, "需要登录：请重新登录。");
            return;
        }
        if (!WebappSessions.csrfSafe(request)) {
            Refusals.write(response, HttpServletResponse.SC_FORBIDDEN, "请求缺少有效的 CSRF 令牌（X-XSRF-TOKEN），请刷新页面后重试。");
            return;
        }
        identityService.setAuthentication(user,
                identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList(),
                identityService.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static boolean isSafetyFlowApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /**
     * The challenge makes a browser open its own password prompt: SafetyFlow's pages (audit replay,
     * enterprise users), which ask with {@code X-Requested-With: XMLHttpRequest}, show the message instead.
     */
    private static void reject(HttpServletRequest request, HttpServletResponse response, String message) throws IOException {
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        Refusals.write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    record Credentials(String userId, String password) {

        static final int MAX_USER_ID = 64;
        static final int MAX_PASSWORD = 256;

        static Credentials fromHeader(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return null;
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
            int colon = decoded.indexOf(':');
            if (colon <= 0 || colon > MAX_USER_ID || decoded.length() - colon > MAX_PASSWORD
                    || decoded.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                // No such account can exist (the engine's user ids have 64 characters at most, no control characters):
                // refused as a wrong login, without asking the database.
                return null;
            }
            return new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
        }
    }
}
