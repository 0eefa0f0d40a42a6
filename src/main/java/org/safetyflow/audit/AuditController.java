package org.safetyflow.audit;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.Role;
import org.safetyflow.web.ApiException;
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

    private final HistoryService history;
    private final Timelines timelines;
    private final AuditAccessLog accessLog;
    private final CurrentUser currentUser;
    private final AuditChain chain;

    AuditController(HistoryService history, Timelines timelines, AuditAccessLog accessLog, CurrentUser currentUser, AuditChain chain) {
        this.chain = chain;
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

    @GetMapping("/cases/{caseNumber}/access-log")
    List<Map<String, Object>> accessLog(@PathVariable String caseNumber) {
        auditedCase(caseNumber);
        accessLog.record(currentUser.id(), "VIEW_ACCESS_LOG", caseNumber, null);
        return accessLog.ofCase(caseNumber);
    }

    HistoricProcessInstance auditedCase(String caseNumber) {
        requireAuditor();
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        if (instance == null) {
            throw ApiException.notFound("未找到案件 " + caseNumber + "（或不属于您的管辖区划）");
        }
        return instance;
    }

    void requireAuditor() {
        currentUser.id();
        if (!currentUser.isAdministrator() && !currentUser.isMemberOf(Role.AUDITOR)) {
            throw ApiException.forbidden("只有审计员可以查阅案件档案");
        }
    }
}
