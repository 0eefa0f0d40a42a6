package org.safetyflow.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safetyflow.http.ErrorAnswer;
import org.safetyflow.http.RoutedPath;
import org.safetyflow.input.InvalidInputException;
import org.safetyflow.rules.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of SafetyFlow's own API as {@code {"error": "<Chinese message>"}} with a fitting status:
 * the domain's {@link Refusal}s by their kind, invalid input 400, and Spring's own request errors.
 */
@RestControllerAdvice(basePackages = "org.safetyflow")
class ApiErrors {

    @ExceptionHandler(Refusal.class)
    ResponseEntity<Map<String, Object>> refusal(Refusal e) {
        return body(status(e.kind()), e.getMessage(), e.field() == null ? Map.of() : Map.of("field", e.field()));
    }

    static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_SOON -> HttpStatus.TOO_MANY_REQUESTS;
        };
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalidInput(InvalidInputException e) {
        return body(HttpStatus.BAD_REQUEST, e.getMessage(),
                e.field() == null ? Map.of() : Map.of("field", e.field()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
        return body(HttpStatus.BAD_REQUEST, "缺少请求参数「" + e.getParameterName() + "」",
                Map.of("field", e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, "请求参数「" + e.getName() + "」的值无效：" + e.getValue(),
                Map.of("field", e.getName()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON，或字段类型不符", Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "请求内容应为 JSON（Content-Type: application/json）", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e) {
        return body(HttpStatus.METHOD_NOT_ALLOWED, "不支持该请求方法：" + e.getMethod(), Map.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NoResourceFoundException e) {
        return body(HttpStatus.NOT_FOUND, "未找到：/" + e.getResourcePath(), Map.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return body(HttpStatus.NOT_ACCEPTABLE, "无法以所请求的格式（Accept）应答", Map.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件过大", Map.of());
    }

    @ExceptionHandler({MultipartException.class, ServletRequestBindingException.class, BindException.class})
    ResponseEntity<Map<String, Object>> badRequest(Exception e) {
        return body(HttpStatus.BAD_REQUEST, "请求无效：参数或上传内容不符合接口要求", Map.of());
    }

    /**
     * Everything else by its meaning ({@link ErrorAnswer}): a lost race 409, a value the database refused 400, an
     * engine refusal by its kind; what has none is a 500 whose details go to the log only.
     */
    @ExceptionHandler({RuntimeException.class, StackOverflowError.class})
    ResponseEntity<Map<String, Object>> unexpected(Throwable e, HttpServletRequest request) {
        ErrorAnswer answer = ErrorAnswer.to(e, RoutedPath.of(request), false);
        return body(HttpStatus.valueOf(answer.status()), answer.message(), Map.of());
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message, Map<String, Object> details) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.putAll(details);
        return ResponseEntity.status(status).body(body);
    }
}
