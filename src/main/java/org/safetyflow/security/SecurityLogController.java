package org.safetyflow.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.safetyflow.rules.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security log for the audit administrator only (三权分立): {@code GET /api/security-log} as JSON,
 * {@code GET /api/security-log/export} as CSV (UTF-8 with BOM, for Excel). Reading it is logged too.
 */
@RestController
@RequestMapping("/api/security-log")
class SecurityLogController {

    private static final String[] COLUMNS = {"time", "event", "description", "actor", "subject", "detail", "client"};
    private static final int EXPORT_LIMIT = 100_000;

    private final SecurityLog log;
    private final CurrentUser currentUser;

    SecurityLogController(SecurityLog log, CurrentUser currentUser) {
        this.log = log;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<Map<String, Object>> entries(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String event,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 1 || size < 1 || size > 1000) {
            throw Refusal.invalid("size", "分页参数无效：page 从 1 开始，size 为 1 到 1000");
        }
        return read(from, to, actor, event, (page - 1) * size, size);
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String event) {
        StringBuilder csv = new StringBuilder("\uFEFF时间,事件,说明,操作人,对象,详情,来源\r\n");
        for (Map<String, Object> entry : read(from, to, actor, event, 0, EXPORT_LIMIT)) {
            for (int i = 0; i < COLUMNS.length; i++) {
                csv.append(i == 0 ? "" : ",").append(cell(String.valueOf(entry.get(COLUMNS[i]))));
            }
            csv.append("\r\n");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"security-log.csv\"")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private List<Map<String, Object>> read(String from, String to, String actor, String event, int offset, int limit) {
        currentUser.id();
        if (!currentUser.isMemberOf(Role.AUDIT_ADMIN)) {
            throw Refusal.forbidden("只有安全审计员可以查阅安全日志");
        }
        LocalDate last = day("to", to, LocalDate.now());
        LocalDate first = day("from", from, last.minusDays(30));
        if (event != null && java.util.Arrays.stream(SecurityLog.Event.values()).noneMatch(e -> e.name().equals(event))) {
            throw Refusal.invalid("event", "未知的事件类型：" + event);
        }
        log.record(SecurityLog.Event.LOG_READ, currentUser.id(), "sf_security_log", first + " 至 " + last, null);
        return log.between(first, last, blankToNull(actor), event, offset, limit);
    }

    private static LocalDate day(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(field, "「" + field + "」应为日期，格式 YYYY-MM-DD");
        }
    }

    /** A CSV cell, quoted; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
