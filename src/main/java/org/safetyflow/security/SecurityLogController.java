package org.safetyflow.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
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
            @RequestParam(defaultValue = "1") String page, @RequestParam(defaultValue = "100") String size) {
        int pageNumber = Fields.page(page);
        int pageSize = Fields.pageSize(size, 1000);
        return read(from, to, actor, event, (pageNumber - 1) * pageSize, pageSize);
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
        LocalDate since = Fields.optional("from", "起始日期", FieldType.date(), from);
        LocalDate until = Fields.optional("to", "截止日期", FieldType.date(), to);
        String by = Fields.optional("actor", "操作人", FieldType.text(64), actor);
        SecurityLog.Event kind = Fields.optional("event", "事件类型", FieldType.oneOf(SecurityLog.Event.class), event);
        LocalDate last = until == null ? LocalDate.now() : until;
        LocalDate first = since == null ? last.minusDays(30) : since;
        log.record(SecurityLog.Event.LOG_READ, currentUser.id(), "sf_security_log", first + " 至 " + last, null);
        return log.between(first, last, by, kind, offset, limit);
    }

    /** A CSV cell, quoted; a leading =, +, - or @ is neutralised so a spreadsheet never runs it as a formula. */
    private static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
