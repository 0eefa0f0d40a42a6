package org.safetyflow.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.safetyflow.rules.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed request is answered: its HTTP status and a Chinese message, never a stack trace or SQL. One
 * rule for every way in — the engine's REST API ({@code /engine-rest}, Tasklist's {@code /camunda/api/engine}),
 * SafetyFlow's API ({@code /api}) and the filters in front of both (docs/security.md, 「错误应答」):
 * <ul>
 * <li>a refusal SafetyFlow made: its own kind (400, 401, 403, 404, 409);</li>
 * <li>a missing right: 403, the engine's message put into Chinese where it is the engine's;</li>
 * <li>a lost race — another request completed or changed the same task or case first (optimistic locking,
 * a task gone during the request): 409 「任务已被他人办理」;</li>
 * <li>an unknown or finished task, case or definition: 404;</li>
 * <li>bad values (the engine's own refusals, a value longer than its column, a NUL character, a date or number
 * out of range, malformed or too deeply nested JSON, an unparsable model): 400;</li>
 * <li>anything else: 500 with a reference to the server's log, where the whole error is written.</li>
 * </ul>
 */
public record ErrorAnswer(int status, String type, String message) {

    private static final Logger log = LoggerFactory.getLogger(ErrorAnswer.class);

    /** The answer to a task that was there when the request arrived and was completed or deleted before it was done. */
    public static final String TASK_TAKEN = "任务已被他人办理（或已被撤销），请刷新任务列表。";
    /** The answer to any other lost race on one case. */
    public static final String CASE_CHANGED = "该案件已被他人同时修改，本次操作未生效，请刷新后重试。";
    /**
     * A request attribute: the task this request is about existed (and was visible to the caller) when the request
     * arrived. If the engine then finds no such task, it was completed or deleted meanwhile: 409, not 404.
     */
    public static final String TASK_SEEN = ErrorAnswer.class.getName() + ".taskSeen";

    private static final Pattern TASK_PATH = Pattern.compile(".*/task/[^/]+(?:/.*)?");
    private static final Pattern INSTANCE_PATH = Pattern.compile(".*/(?:process-instance|execution)/[^/]+(?:/.*)?");
    private static final Pattern DEFINITION_PATH = Pattern.compile(".*/(?:process|decision)-definition/.*");
    private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Cannot resolve identifier '([A-Za-z_][A-Za-z0-9_]*)'");
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(?i).*(cannot find|no [a-z ]*found|not found|does(?:n't| not) exist|no matching|no deployed).*",
            Pattern.DOTALL);
    /** What an engine's message must not carry into an answer: SQL, statement names, Java class names. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?is).*(\\bselect\\b|\\binsert\\b|\\bupdate\\b|\\bdelete\\b|###|\\bSQL|jdbc|org\\.|java\\.|exception).*");
    private static final int MAX_DETAIL = 300;

    /** The answer to this failure of a request to {@code path} (the routed path, see {@link RoutedPath}). */
    public static ErrorAnswer to(Throwable failure, String path, boolean taskSeen) {
        return known(failure, path, taskSeen).orElseGet(() -> serverError(failure, path));
    }

    /** The answer when the failure is one of those above (a 4xx), else empty: the caller's own default applies. */
    public static Optional<ErrorAnswer> known(Throwable failure, String path, boolean taskSeen) {
        ErrorAnswer answer = classify(failure, path == null ? "" : path, taskSeen);
        if (answer != null) {
            log.debug("Answered {} to {}: {}", answer.status(), path, failure.toString());
        }
        return Optional.ofNullable(answer);
    }

    /** 500, the whole failure written to the server's log under a reference the answer names. */
    public static ErrorAnswer serverError(Throwable failure, String path) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error (reference {}) answering {}", reference, path, failure);
        return new ErrorAnswer(500, "ServerError", "服务器内部错误，请联系系统管理员（错误编号 " + reference + "）");
    }

    /** As {@code {"type", "message", "error"}}: what Camunda's clients (Tasklist) read and what SafetyFlow's API writes. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        body.put("error", message);
        return body;
    }

    private static ErrorAnswer classify(Throwable failure, String path, boolean taskSeen) {
        // The most telling cause decides, whatever wraps it (the engine's REST resources wrap everything in a 500).
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof Refusal refusal) {
                return new ErrorAnswer(status(refusal.kind()), typeOf(status(refusal.kind())), refusal.getMessage());
            }
            if (cause instanceof AuthorizationException refusal) {
                return forbidden(refusal.getMessage());
            }
            if (cause instanceof OptimisticLockingException) {
                return lostRace(path);
            }
            if (cause instanceof TaskAlreadyClaimedException) {
                return new ErrorAnswer(409, "ConflictException", "任务已被他人认领，请刷新任务列表。");
            }
            if (cause instanceof SuspendedEntityInteractionException) {
                return new ErrorAnswer(409, "ConflictException", "案件或任务已挂起，暂不能办理。");
            }
            if (cause instanceof StackOverflowError) {
                return invalid("请求内容嵌套过深或过于复杂，无法处理。");
            }
            ErrorAnswer database = databaseAnswer(cause, path);
            if (database != null) {
                return database;
            }
        }
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof NotFoundException || cause instanceof NullValueException && NOT_FOUND.matcher(String.valueOf(cause.getMessage())).matches()) {
                return notFound(path, taskSeen);
            }
            if (cause instanceof NullValueException) {
                return invalid("请求缺少必要的值" + detail(cause));
            }
            if (cause instanceof ParseException || cause.getClass().getName().startsWith("org.camunda.bpm.dmn.")
                    || cause.getClass().getName().startsWith("org.camunda.bpm.model.")) {
                return invalid("模型或表单无法解析，未部署" + detail(cause));
            }
            if (cause instanceof StreamConstraintsException) {
                return invalid("请求内容嵌套过深或过大，无法处理。");
            }
            if (cause instanceof JsonProcessingException) {
                return invalid("请求体不是有效的 JSON，或字段类型不符。");
            }
            if (cause instanceof MismatchingMessageCorrelationException) {
                return invalid("消息没有对应到任何等待它的案件（或对应到多个）" + detail(cause));
            }
            if (cause instanceof BadUserRequestException) {
                return invalid(inChinese(cause.getMessage(), "请求无效"));
            }
            Matcher unknown = UNKNOWN_PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (unknown.find()) {
                return invalid("缺少办理此步骤所需的字段「" + unknown.group(1) + "」。");
            }
        }
        return null;
    }

    /** A status the web layer already knew (a JAX-RS exception, Spring's), with SafetyFlow's Chinese message for it. */
    public static ErrorAnswer ofStatus(int status, String path) {
        return ofStatus(status, path, null);
    }

    /** As {@link #ofStatus(int, String)}; a 400 names the detail (the engine's English words, never SQL). */
    public static ErrorAnswer ofStatus(int status, String path, String detail) {
        return switch (status) {
            case 400 -> invalid(inChinese(detail, "请求无效：参数或请求体不符合接口要求"));
            case 401 -> new ErrorAnswer(401, "AuthenticationException", "需要登录：请使用 HTTP Basic 认证提供用户名和密码。");
            case 403 -> forbidden("您无权执行此操作。");
            case 404 -> notFound(path, false);
            case 405 -> new ErrorAnswer(405, "InvalidRequestException", "该接口不支持此请求方法。");
            case 406 -> new ErrorAnswer(406, "InvalidRequestException", "无法以所请求的格式（Accept）应答。");
            case 409 -> lostRace(path);
            case 413 -> new ErrorAnswer(413, "InvalidRequestException", "请求内容过大。");
            case 415 -> new ErrorAnswer(415, "InvalidRequestException", "不支持该请求内容类型（Content-Type），请使用 JSON。");
            default -> status >= 500 ? new ErrorAnswer(status, "ServerError", "服务器内部错误，请联系系统管理员")
                    : new ErrorAnswer(status, "InvalidRequestException", "请求无效（HTTP " + status + "）。");
        };
    }

    private static ErrorAnswer forbidden(String message) {
        return new ErrorAnswer(403, "AuthorizationException", inChinese(message, "您无权执行此操作"));
    }

    private static ErrorAnswer invalid(String message) {
        return new ErrorAnswer(400, "InvalidRequestException", message);
    }

    private static ErrorAnswer lostRace(String path) {
        return new ErrorAnswer(409, "ConflictException", TASK_PATH.matcher(path).matches() ? TASK_TAKEN : CASE_CHANGED);
    }

    private static ErrorAnswer notFound(String path, boolean taskSeen) {
        if (TASK_PATH.matcher(path).matches()) {
            return taskSeen ? lostRace(path) : new ErrorAnswer(404, "NotFoundException", "任务不存在或已办结。");
        }
        if (INSTANCE_PATH.matcher(path).matches()) {
            return new ErrorAnswer(404, "NotFoundException", "案件不存在或已结束。");
        }
        if (DEFINITION_PATH.matcher(path).matches()) {
            return new ErrorAnswer(404, "NotFoundException", "没有这个流程（或决策表）定义。");
        }
        return new ErrorAnswer(404, "NotFoundException", "未找到所请求的资源。");
    }

    /** A database's refusal of a value (SQLSTATE class 22, 23, 40): the request's fault or a race, never the SQL. */
    private static ErrorAnswer databaseAnswer(Throwable cause, String path) {
        if (!(cause instanceof SQLException sql) || sql.getSQLState() == null) {
            return null;
        }
        String state = sql.getSQLState();
        return switch (state) {
            case "22001" -> invalid("某个值超过了允许的长度。");
            case "22021", "22P05", "22P02" -> invalid("请求中含有不允许的字符（如 NUL 控制字符）或无效的值。");
            case "22003", "22007", "22008", "22012" -> invalid("数值或日期超出允许的范围。");
            case "23505" -> new ErrorAnswer(409, "ConflictException", "该记录已存在（可能已被他人同时提交）。");
            case "40001", "40P01" -> lostRace(path);
            default -> state.startsWith("22") ? invalid("请求中含有无效的值。") : null;
        };
    }

    private static String detail(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank() || INTERNALS.matcher(message).matches() && !CHINESE.matcher(message).find()) {
            return "。";
        }
        return "：" + shorten(message);
    }

    /** The message if it is Chinese; otherwise the Chinese lead with the engine's English detail (never SQL). */
    private static String inChinese(String message, String lead) {
        if (message != null && CHINESE.matcher(message).find()) {
            return message;
        }
        if (message == null || message.isBlank() || INTERNALS.matcher(message).matches()) {
            return lead + "。";
        }
        return lead + "：" + shorten(message);
    }

    private static String shorten(String message) {
        String line = message.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause instanceof SQLException sql && sql.getNextException() != null ? sql.getNextException() : cause.getCause();
        return next == cause ? null : next;
    }

    private static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_SOON -> 429;
        };
    }

    private static String typeOf(int status) {
        return switch (status) {
            case 401 -> "AuthenticationException";
            case 403 -> "AuthorizationException";
            case 404 -> "NotFoundException";
            case 409 -> "ConflictException";
            default -> "InvalidRequestException";
        };
    }
}
