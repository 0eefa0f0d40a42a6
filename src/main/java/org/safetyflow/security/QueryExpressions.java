package org.safetyflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The only expressions a user may put into a task query or a stored filter (in any field, in
 * {@code orQueries} too): those Tasklist's filters are made of. Anything else written as {@code ${...}}
 * or {@code #{...}} is refused before it reaches the engine's expression language, which would
 * otherwise run it on the server.
 */
final class QueryExpressions {

    private static final String PERIOD = "(?:plus|minus)(?:Years|Months|Weeks|Days|Hours|Minutes|Seconds)\\(-?\\d{1,6}\\)";
    private static final Pattern ALLOWED = Pattern.compile("\\$\\{\\s*(?:currentUser\\(\\)|currentUserGroups\\(\\)|dueSoon\\(\\)"
            + "|(?:now\\(\\)|dateTime\\(\\)(?:\\." + PERIOD + ")*(?:\\.withTimeAtStartOfDay\\(\\))?(?:\\." + PERIOD + ")*\\.toDate\\(\\)))\\s*}");
    private static final Pattern ANY_EXPRESSION = Pattern.compile("[$#]\\s*\\{");

    private QueryExpressions() {
    }

    /** The first text in the JSON (keys and values, at any depth) that holds a refused expression, or null. */
    static String firstRefused(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return isRefused(node.asText()) ? node.asText() : null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String refused = isRefused(field.getKey()) ? field.getKey() : firstRefused(field.getValue());
            if (refused != null) {
                return refused;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                String refused = firstRefused(element);
                if (refused != null) {
                    return refused;
                }
            }
        }
        return null;
    }

    static String explanation(String refused) {
        return "查询中不允许使用表达式「" + refused + "」：只允许 ${currentUser()}、${currentUserGroups()}、${now()}、${dueSoon()}（即将超期的截止时间）和 ${dateTime()...toDate()}。";
    }

    static boolean isRefused(String text) {
        return text != null && ANY_EXPRESSION.matcher(text).find() && !ALLOWED.matcher(text.strip()).matches();
    }
}
