package org.safetyflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal written by a filter, before any controller or the engine: JSON that reads like both of
 * SafetyFlow's error bodies, {@code error} (SafetyFlow's API) and {@code type}/{@code message} (the
 * engine's REST API), in Chinese.
 */
final class Refusals {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Refusals() {
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        write(response, status, status == 403 ? "AuthorizationException" : status == 401 ? "AuthenticationException" : "InvalidRequestException",
                message);
    }

    static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("error", message);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
