package org.safetyflow.casefile;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseNumber}/documents}: the case's 文书, for those who may see the case; the records kept inside
 * the authorities ({@link DocumentType#internal}) for officials only.
 */
@RestController
class CaseDocumentsController {

    private final HistoryService historyService;
    private final CaseDocuments documents;
    private final CurrentUser currentUser;

    CaseDocumentsController(HistoryService historyService, CaseDocuments documents, CurrentUser currentUser) {
        this.historyService = historyService;
        this.documents = documents;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/cases/{caseNumber}/documents")
    List<CaseDocument> documents(@PathVariable String caseNumber) {
        // The history query is tenant-checked: a case of another jurisdiction is not found.
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult();
        if (instance == null) {
            throw Refusal.notFound("未找到案件 " + caseNumber + "（或不属于您的管辖区划）");
        }
        return documents.readable(caseNumber, instance.getProcessDefinitionKey(), currentUser.isOfficial());
    }
}
