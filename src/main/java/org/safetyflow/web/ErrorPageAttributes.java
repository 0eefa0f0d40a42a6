package org.safetyflow.web;

import java.util.Map;
import org.safetyflow.http.ErrorAnswer;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The servlet container's own error answers (a path no controller serves, a request refused before any handler) in
 * the shape and language of every other SafetyFlow error: {@code type}, {@code message} and {@code error} in Chinese
 * ({@link ErrorAnswer#ofStatus}), never an exception's name or its trace.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        // The status is read, not shown: Spring Boot 3 leaves it out unless asked for (without it every error read as a 500).
        Map<String, Object> attributes = super.getErrorAttributes(request,
                ErrorAttributeOptions.of(ErrorAttributeOptions.Include.PATH, ErrorAttributeOptions.Include.STATUS));
        int status = attributes.remove("status") instanceof Integer code ? code : 500;
        ErrorAnswer answer = ErrorAnswer.ofStatus(status, String.valueOf(attributes.getOrDefault("path", "")));
        attributes.put("type", answer.type());
        attributes.put("message", answer.message());
        attributes.put("error", answer.message());
        return attributes;
    }
}
