package org.safetyflow.audit;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.Role;
import org.safetyflow.rules.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' API (contract §7). Only the {@code auditor} role (and administrators) may use it, and
 * only for the cases of their jurisdictions (the engine's tenant check: another county's case is not
 * found). Every access is recorded.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private static final FieldType FORMAT = FieldType.oneOf(List.of("json", "csv"));

    private final HistoryService history;
    private final Timelines timelines;
    private final AuditAccessLog accessLog;
    private final CurrentUser currentUser;
    private final AuditChain chain;
    private final CaseSearch search;
    private final CaseExports exports;
    private final IdentityService identityService;

    AuditController(HistoryService history, Timelines timelines, AuditAccessLog accessLog, CurrentUser currentUser, AuditChain chain,
            CaseSearch search, CaseExports exports, IdentityService identityService) {
        this.chain = chain;
        this.search = search;
        this.exports = exports;
        this.identityService = identityService;
        this.history = history;
        this.timelines = timelines;
        this.accessLog = accessLog;
        this.currentUser = currentUser;
    }

    @GetMapping("/cases/{caseNumber}/timeline")
    List<TimelineEvent> timeline(@PathVariable String caseNumber) {
        HistoricProcessInstance instance = auditedCase(caseNumber);
        accessLog.record(currentUser.id(), "VIEW_TIMELINE", caseNumber, null);
        return timelines.of(instance);
    }

    /** {@code {"intact": true, ...}} when the case's recorded history is unchanged since it was sealed (contract §7). */
    @GetMapping("/cases/{caseNumber}/verify")
    Map<String, Object> verify(@PathVariable String caseNumber) {
        HistoricProcessInstance instance = auditedCase(caseNumber);
        accessLog.record(currentUser.id(), "VERIFY", caseNumber, null);
        return chain.verify(instance);
    }

    /** Case search: paged, newest first, within the caller's jurisdictions. */
    @GetMapping("/cases")
    Map<String, Object> search(CaseSearch.Criteria criteria, @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "50") String size) {
        requireAuditor();
        int pageNumber = Fields.required("page", "页码", FieldType.count(1, Integer.MAX_VALUE), page);
        int pageSize = Fields.required("size", "每页条数", FieldType.count(1, 200), size);
        CaseSearch.Page found = search.find(criteria).countAndPage((pageNumber - 1) * pageSize, pageSize);
        accessLog.record(currentUser.id(), "SEARCH", null, criteria.toString());
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        result.put("total", found.total());
        result.put("page", pageNumber);
        result.put("size", pageSize);
        result.put("cases", found.hits().stream().map(CaseSearch.Hit::summary).toList());
        return result;
    }

    /** {@code ?format=json} (the whole case file) or {@code ?format=csv} (its timeline), as a download. */
    @GetMapping("/cases/{caseNumber}/export")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String caseNumber, @RequestParam(defaultValue = "json") String format) {
        HistoricProcessInstance instance = auditedCase(caseNumber);
        String fileFormat = Fields.required("format", "导出格式", FORMAT, format);
        accessLog.record(currentUser.id(), "EXPORT", caseNumber, fileFormat);
        Authentication authentication = identityService.getCurrentAuthentication();
        return download(caseNumber + "." + fileFormat, fileFormat, out -> as(authentication, () -> {
            if (fileFormat.equals("csv")) {
                exports.writeCsv(instance, out);
            } else {
                exports.writeJson(instance, out);
            }
        }));
    }

    /** A whole search result as one download, streamed a page of cases at a time. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> exportAll(CaseSearch.Criteria criteria, @RequestParam(defaultValue = "csv") String format) {
        requireAuditor();
        String fileFormat = Fields.required("format", "导出格式", FORMAT, format);
        CaseSearch.Found found = search.find(criteria);
        // Run the search once before the download starts: a criterion the database refuses is then answered with its
        // error status, not by a 200 whose stream breaks off after the headers were sent.
        found.page(0, 1);
        accessLog.record(currentUser.id(), "BULK_EXPORT", null, fileFormat + " " + criteria);
        Authentication authentication = identityService.getCurrentAuthentication();
        return download("cases." + fileFormat, fileFormat, out -> as(authentication, () -> exports.writeAll(found, fileFormat, out)));
    }

    @GetMapping("/cases/{caseNumber}/access-log")
    List<Map<String, Object>> accessLog(@PathVariable String caseNumber) {
        auditedCase(caseNumber);
        accessLog.record(currentUser.id(), "VIEW_ACCESS_LOG", caseNumber, null);
        return accessLog.ofCase(caseNumber);
    }

    private static ResponseEntity<StreamingResponseBody> download(String fileName, String format, StreamingResponseBody body) {
        MediaType type = format.equals("csv") ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }

    /** The download is written on another thread: it searches with the caller's jurisdictions all the same. */
    private void as(Authentication authentication, Writing writing) throws java.io.IOException {
        identityService.setAuthentication(authentication);
        try {
            writing.write();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @FunctionalInterface
    private interface Writing {
        void write() throws java.io.IOException;
    }

    HistoricProcessInstance auditedCase(String caseNumber) {
        requireAuditor();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        if (instance == null) {
            throw Refusal.notFound("未找到案件 " + caseNumber + "（或不属于您的管辖区划）");
        }
        return instance;
    }

    void requireAuditor() {
        currentUser.id();
        if (!currentUser.isAdministrator() && !currentUser.isMemberOf(Role.AUDITOR)) {
            throw Refusal.forbidden("只有审计员可以查阅案件档案");
        }
    }
}
