package org.safetyflow.casefile;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.safetyflow.rules.Refusal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseNumber}/documents}: the case's 文书, for those who may see the case. */
@RestController
class CaseDocumentsController {

    private final HistoryService historyService;
    private final CaseDocuments documents;

    CaseDocumentsController(HistoryService historyService, CaseDocuments documents) {
        this.historyService = historyService;
        this.documents = documents;
    }

    @GetMapping("/api/cases/{caseNumber}/documents")
    List<CaseDocument> documents(@PathVariable String caseNumber) {
        // The history query is tenant-checked: a case of another jurisdiction is not found.
        if (historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() == 0) {
            throw Refusal.notFound("未找到案件 " + caseNumber + "（或不属于您的管辖区划）");
        }
        return documents.list(caseNumber);
    }
}
