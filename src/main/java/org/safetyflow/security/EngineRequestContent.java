package org.safetyflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What a request to the engine carries that {@link EngineRoutePolicy} refuses: for every caller, an
 * expression beyond {@link QueryExpressions} in its query string or body, or an administrators' group
 * created; for role users, start instructions, another user's Tasklist filter and a message outside the
 * contract ({@link ContractMessages}).
 */
final class EngineRequestContent {

    private static final Set<String> START_FIELDS_FOR_ADMINISTRATORS = Set.of("startInstructions", "skipCustomListeners", "skipIoMappings");

    private EngineRequestContent() {
    }

    /** A refused expression in the query string (of any method: a POST query takes its paging from there too), or null. */
    static String refusedParameter(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            String raw = pair.substring(pair.indexOf('=') + 1);
            String value;
            try {
                value = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                value = raw;
            }
            if (QueryExpressions.isRefused(value)) {
                return value;
            }
        }
        return null;
    }

    /**
     * Why this body may not go on ("400:…" or "403:…"), or null; a role user's filter it lets go on is
     * made the caller's own.
     */
    static String refusal(AccessMatrix matrix, EngineRoutePolicy.Caller caller, String path, JsonNode document) {
        if (document == null) {
            return "400:请求体不是有效的 JSON";
        }
        String expression = QueryExpressions.firstRefused(document);
        if (expression != null) {
            return "400:" + QueryExpressions.explanation(expression);
        }
        if (EngineRoutes.START.matcher(path).matches() && !caller.administrator()) {
            for (String field : START_FIELDS_FOR_ADMINISTRATORS) {
                if (document.has(field)) {
                    return "403:只有系统管理员可以在启动时指定「" + field + "」。";
                }
            }
        }
        if (path.equals("/group/create") && EngineRoutes.ADMINISTRATIVE_GROUPS.contains(document.path("id").asText())) {
            return "403:系统管理员、安全管理员和安全审计员由部署配置指定（见 docs/security.md），不能在线变更。";
        }
        if (caller.administrator()) {
            return null;
        }
        if (EngineRoutes.FILTER_WRITE.matcher(path).matches() && document instanceof ObjectNode filter) {
            if (filter.hasNonNull("owner") && !caller.userId().equals(filter.get("owner").asText())) {
                return "403:只能保存本人的任务过滤器（owner 须为本人）。";
            }
            filter.put("owner", caller.userId());
        }
        return "/message".equals(path) ? ContractMessages.refusal(matrix, caller, document) : null;
    }
}
