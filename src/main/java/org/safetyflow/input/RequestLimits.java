package org.safetyflow.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safetyflow.http.RewrittenBody;
import org.safetyflow.http.RoutedPath;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Values no request may carry, refused with 400 (413 for a body too large) and a Chinese message before any
 * controller, the engine or the database sees them — on the engine's REST API, the webapps' API and SafetyFlow's
 * {@code /api}:
 * <ul>
 * <li>a NUL or other control character (tab and line breaks excepted) in a parameter, a field name or a text;</li>
 * <li>a parameter value over {@value #MAX_PARAMETER} characters, a parameter or field name over {@value #MAX_NAME};</li>
 * <li>paging out of range: {@code firstResult}/{@code maxResults} negative, not whole or adding up past 2³¹−1;
 * {@code page} over {@value #MAX_PAGE}, {@code size} over {@value #MAX_PAGE_SIZE} (so no page's offset overflows;
 * below 1 or not a number, the controller refuses them in its own words);</li>
 * <li>a JSON body that is not JSON, nests deeper than {@value #MAX_DEPTH} levels, or is over {@value #MAX_BODY} bytes;</li>
 * <li>to the engine: a text longer than the longest text any input spec declares ({@link InputSpecs#longestText()}:
 * 200,000 characters, a notice's body), declared field or not, except the serialized value of a Json, Object, Xml,
 * Bytes or File variable (bounded by the body's size). The engine keeps a text of any length (over its 4,000-character
 * column as bytes: {@code storage.LongTexts}); this bound is only against absurd values.</li>
 * </ul>
 * Each field's own rules (its type, its length) are the input specs' ({@link InputValidationFilter}, {@link Fields}).
 */
class RequestLimits extends OncePerRequestFilter {

    static final int MAX_PARAMETER = 1000;
    static final int MAX_NAME = 128;
    static final int MAX_PAGE = 1_000_000;
    static final int MAX_PAGE_SIZE = 1000;
    static final String PAGE_TOO_LARGE = "「页码」（page）不能大于 " + MAX_PAGE;
    static final int MAX_DEPTH = 64;
    static final int MAX_BODY = 5 * 1024 * 1024;

    private static final Set<String> OPAQUE_TYPES = Set.of("json", "object", "xml", "bytes", "file");
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");
    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build());
    /** The longest text the engine's paths take, in UTF-16 units as Java counts them. */
    private final int maxEngineText;

    RequestLimits(int maxEngineText) {
        this.maxEngineText = maxEngineText;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Problem parameter = parameterProblem(request.getQueryString());
        if (parameter != null) {
            InputValidationFilter.reject(response, 400, parameter.field(), parameter.message());
            return;
        }
        if (!WITH_BODY.contains(request.getMethod()) || !isJson(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = read(request.getInputStream());
        if (body == null) {
            InputValidationFilter.reject(response, 413, null, "请求内容过大（JSON 请求体最多 " + MAX_BODY / 1024 / 1024 + " MB）");
            return;
        }
        if (body.length > 0) {
            JsonNode document;
            try {
                document = json.readTree(body);
            } catch (IOException notJson) {
                InputValidationFilter.reject(response, 400, null, notJson.getClass().getSimpleName().contains("Constraints")
                        ? "请求体嵌套过深（最多 " + MAX_DEPTH + " 层）" : "请求体不是有效的 JSON");
                return;
            }
            String path = RoutedPath.of(request);
            boolean engine = path.startsWith("/engine-rest") || path.startsWith("/camunda/api/engine");
            String refusal = document == null ? null : bodyRefusal(document, engine ? maxEngineText : Integer.MAX_VALUE, false, null);
            if (refusal != null) {
                InputValidationFilter.reject(response, 400, null, refusal);
                return;
            }
        }
        chain.doFilter(new RewrittenBody(request, body), response);
    }

    /** What is wrong with a request, and the parameter or field it is about (or null). */
    record Problem(String field, String message) {
    }

    /** Why the query string may not go on (naming the parameter where it is one of the paging ones), or null. */
    static Problem parameterProblem(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        long firstResult = 0;
        long maxResults = 0;
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return new Problem(null, "请求参数的编码无效（百分号编码不完整）");
            }
            String shown = name.length() > 40 || hasControl(name) ? "" : "「" + name + "」";
            if (name.length() > MAX_NAME) {
                return new Problem(null, "请求参数名过长（最多 " + MAX_NAME + " 个字符）");
            }
            if (hasControl(name) || hasControl(value)) {
                return new Problem(null, "请求参数" + shown + "含有不允许的控制字符（如 NUL）");
            }
            if (value.length() > MAX_PARAMETER) {
                return new Problem(name, "请求参数" + shown + "过长（最多 " + MAX_PARAMETER + " 个字符）");
            }
            switch (name) {
                case "firstResult", "maxResults" -> {
                    Long number = whole(value);
                    if (number == null || number < 0 || number > Integer.MAX_VALUE) {
                        return new Problem(name, "请求参数" + shown + "应为 0 至 " + Integer.MAX_VALUE + " 之间的整数");
                    }
                    if (name.equals("firstResult")) {
                        firstResult = number;
                    } else {
                        maxResults = number;
                    }
                }
                // Only what no page may be; a page below 1 or not a number is the controller's to refuse, in its words.
                case "page" -> {
                    Long number = whole(value);
                    if (number != null && number > MAX_PAGE || number == null && value.strip().matches("[0-9]{19,}")) {
                        return new Problem("page", PAGE_TOO_LARGE);
                    }
                }
                case "size" -> {
                    Long number = whole(value);
                    if (number != null && number > MAX_PAGE_SIZE || number == null && value.strip().matches("[0-9]{19,}")) {
                        return new Problem("size", "「每页条数」（size）应为 1 至 " + MAX_PAGE_SIZE + " 之间的整数");
                    }
                }
                default -> {
                }
            }
        }
        if (firstResult + maxResults > Integer.MAX_VALUE) {
            return new Problem("firstResult", "分页参数 firstResult 与 maxResults 之和超出范围（最大 " + Integer.MAX_VALUE + "）");
        }
        return null;
    }

    /**
     * Why this JSON may not go on, or null.
     *
     * @param maxText the longest text it may carry (to the engine: the longest a spec declares; elsewhere no bound)
     * @param opaque whether {@code node} is the serialized value of a variable the engine stores as bytes
     */
    static String bodyRefusal(JsonNode node, int maxText, boolean opaque, String field) {
        if (node.isTextual()) {
            String text = node.textValue();
            String named = field == null || field.length() > 40 ? "" : "「" + field + "」";
            if (hasControl(text)) {
                return "字段" + named + "含有不允许的控制字符（如 NUL）";
            }
            if (!opaque && text.length() > maxText) {
                return "字段" + named + "过长：文本最多 " + maxText + " 个字符（更长的内容请作为附件上传）";
            }
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                String refusal = bodyRefusal(item, maxText, false, field);
                if (refusal != null) {
                    return refusal;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        boolean storedAsBytes = node.path("type").isTextual()
                && OPAQUE_TYPES.contains(node.path("type").textValue().toLowerCase(Locale.ROOT));
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String name = entry.getKey();
            if (name.length() > MAX_NAME) {
                return "字段名或变量名过长（最多 " + MAX_NAME + " 个字符）";
            }
            if (hasControl(name)) {
                return "字段名或变量名含有不允许的控制字符（如 NUL）";
            }
            boolean value = storedAsBytes && name.equals("value");
            String refusal = bodyRefusal(entry.getValue(), maxText, value, name.equals("value") || name.equals("type") || name.equals("valueInfo") ? field : name);
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }

    /** C0 control characters (NUL among them) and DEL, except tab, line feed and carriage return. */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static Long whole(String value) {
        String digits = value.strip();
        if (!digits.matches("-?[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /** The body, or null when it is larger than {@value #MAX_BODY} bytes. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }
}
