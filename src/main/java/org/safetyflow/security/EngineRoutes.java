package org.safetyflow.security;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Which calls of the engine's REST API (paths relative to {@code /engine-rest}) a caller may make.
 * <ol>
 * <li>The administrators' groups of 三权分立 ({@link #ADMINISTRATIVE_GROUPS}) and their members' accounts
 * change only through SafetyFlow's configuration, never over the API: nobody makes itself an
 * administrator.</li>
 * <li>Authorizations and unlocking a locked-out user are the security administrator's, and only its
 * (not the system administrator's).</li>
 * <li>System administrators ({@code camunda-admin}) may make every other call.</li>
 * <li>Everyone else may read (the engine's authorizations and tenant checks decide what), query, start
 * and evaluate what the access matrix grants, work its tasks, send a contract message, and keep its
 * own filters.</li>
 * </ol>
 */
final class EngineRoutes {

    static final Set<String> ADMINISTRATIVE_GROUPS = Set.of(Groups.CAMUNDA_ADMIN, Role.SECURITY_ADMIN.groupId(),
            Role.AUDIT_ADMIN.groupId());

    private static final String DEFINITION = "(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)";
    private static final List<Pattern> ROLE_POSTS = List.of(
            Pattern.compile("/(?:task|process-instance|execution|variable-instance|job|incident|external-task|history/[a-z-]+)(?:/count)?"),
            Pattern.compile("/task/[^/]+/(?:claim|unclaim|complete|submit-form|comment/create|attachment/create)"),
            Pattern.compile("/process-definition/" + DEFINITION + "/(?:start|submit-form)"),
            Pattern.compile("/decision-definition/" + DEFINITION + "/evaluate"),
            Pattern.compile("/filter/create"),
            Pattern.compile("/filter/[^/]+/(?:list|count|singleResult)"),
            Pattern.compile("/message"));
    private static final Set<String> REFUSED_POSTS = Set.of("/history/cleanup");
    static final Pattern START = Pattern.compile("/process-definition/" + DEFINITION + "/(?:start|submit-form)");
    static final Pattern FILTER_WRITE = Pattern.compile("/filter/(?:create|[^/]+)");
    private static final Pattern OWN_FILTER = Pattern.compile("/filter/[^/]+");
    private static final Pattern GROUP = Pattern.compile("/group/([^/]+)(?:/members/[^/]+)?");
    private static final Pattern USER_ACCOUNT = Pattern.compile("/user/([^/]+)(?:/credentials|/profile)?");
    private static final Pattern SECURITY = Pattern.compile("/authorization(?:/.*)?|/user/[^/]+/unlock");
    static final Pattern UNLOCK = Pattern.compile("/user/[^/]+/unlock");

    private EngineRoutes() {
    }

    /**
     * Why the caller may not make this call (a 403 in Chinese), or null when it may.
     *
     * @param administrativeUser whether a user id belongs to one of the administrators of 三权分立
     */
    static String refusal(EngineRoutePolicy.Caller caller, String method, String path, Predicate<String> administrativeUser) {
        if (isRead(method)) {
            return null;
        }
        Matcher group = GROUP.matcher(path);
        if (group.matches() && ADMINISTRATIVE_GROUPS.contains(group.group(1))) {
            return "系统管理员、安全管理员和安全审计员由部署配置指定（见 docs/security.md），不能在线变更。";
        }
        Matcher account = USER_ACCOUNT.matcher(path);
        if (account.matches() && !account.group(1).equals(caller.userId()) && administrativeUser.test(account.group(1))) {
            return "管理员账户只能由其本人修改，或通过部署配置变更（三权分立）。";
        }
        if (SECURITY.matcher(path).matches()) {
            return caller.isMemberOf(Role.SECURITY_ADMIN.groupId()) ? null : "授权管理和账户解锁只能由安全管理员办理（三权分立）。";
        }
        if (caller.isMemberOf(Groups.CAMUNDA_ADMIN) || roleMay(method, path)) {
            return null;
        }
        return "只有系统管理员可以执行此操作（" + method + " " + path + "）。";
    }

    static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static boolean roleMay(String method, String path) {
        return switch (method) {
            case "POST" -> !REFUSED_POSTS.contains(path) && ROLE_POSTS.stream().anyMatch(p -> p.matcher(path).matches());
            case "PUT", "DELETE" -> OWN_FILTER.matcher(path).matches() && !path.equals("/filter/create");
            default -> false;
        };
    }
}
