package org.safetyflow.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.safetyflow.http.ErrorAnswer;
import org.safetyflow.http.RoutedPath;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API ({@code /engine-rest}) answers every failure as {@link ErrorAnswer} does: a lost race 409,
 * an unknown or finished task 404, bad values 400, always in Chinese and never with a stack trace or SQL. Camunda's
 * own exception mappers (one per type: {@code Throwable}, {@code ProcessEngineException}, {@code RestException} and
 * Jackson's two) answer most engine failures with 500 and the engine's message; these mappers take the same types
 * and win by their {@link Priority} (Jersey prefers the lower number among mappers of equal distance).
 * Registered through Spring Boot's {@link ResourceConfigCustomizer} on the starter's Jersey application.
 */
@Configuration
class EngineRestErrors {

    /** Ahead of Camunda's mappers, which carry the default priority (5000). */
    private static final int AHEAD = 1;

    @Bean
    ResourceConfigCustomizer safetyflowEngineRestErrors() {
        return config -> config.register(Throwables.class).register(EngineFailures.class).register(RestFailures.class)
                .register(JsonMappingFailures.class).register(JsonParseFailures.class).register(WebFailures.class);
    }

    static Response answer(Throwable failure, HttpServletRequest request) {
        String path = request == null ? "" : RoutedPath.of(request);
        boolean taskSeen = request != null && request.getAttribute(ErrorAnswer.TASK_SEEN) != null;
        ErrorAnswer answer;
        if (failure instanceof RestException rest) {
            int status = rest.getStatus() == null ? 500 : rest.getStatus().getStatusCode();
            answer = ErrorAnswer.known(rest, path, taskSeen).orElseGet(() -> status >= 500
                    ? ErrorAnswer.serverError(rest, path) : ErrorAnswer.ofStatus(status, path, rest.getMessage()));
        } else if (failure instanceof NotFoundException) {
            answer = new ErrorAnswer(404, "NotFoundException", "没有这个接口：" + (request == null ? "" : request.getMethod() + " ") + path);
        } else if (failure instanceof WebApplicationException web) {
            int status = web.getResponse() == null ? 500 : web.getResponse().getStatus();
            if (status < 400) {
                return web.getResponse();
            }
            answer = ErrorAnswer.known(web, path, taskSeen).orElseGet(() -> status >= 500
                    ? ErrorAnswer.serverError(web, path) : ErrorAnswer.ofStatus(status, path));
        } else {
            answer = ErrorAnswer.to(failure, path, taskSeen);
        }
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(answer.body()).build();
    }

    /**
     * One mapper per type Camunda maps (Jersey picks the mapper nearest the failure's type, so each of Camunda's must be
     * met at its own type); all answer alike.
     */
    abstract static class Mapper<T extends Throwable> implements ExceptionMapper<T> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(T failure) {
            return answer(failure, request);
        }
    }

    @Priority(AHEAD)
    static class Throwables extends Mapper<Throwable> {
    }

    @Priority(AHEAD)
    static class EngineFailures extends Mapper<ProcessEngineException> {
    }

    @Priority(AHEAD)
    static class RestFailures extends Mapper<RestException> {
    }

    @Priority(AHEAD)
    static class WebFailures extends Mapper<WebApplicationException> {
    }

    @Priority(AHEAD)
    static class JsonMappingFailures extends Mapper<JsonMappingException> {
    }

    @Priority(AHEAD)
    static class JsonParseFailures extends Mapper<JsonParseException> {
    }
}
