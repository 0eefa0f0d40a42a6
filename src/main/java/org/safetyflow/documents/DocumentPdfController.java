package org.safetyflow.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safetyflow.audit.AuditAccessLog;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseNumber}/documents/{documentId}/pdf} (contract §13): one 文书 of the case as PDF, for those
 * who may see the case (another jurisdiction's: 404, as for the case; a record kept inside the authorities, for an enterprise's
 * user or an outside expert: 404, as in the list); each print is in the case's access log.
 */
@RestController
class DocumentPdfController {

    private final HistoryService history;
    private final CaseDocuments documents;
    private final DocumentPapers papers;
    private final DocumentPdfs pdfs;
    private final AuditAccessLog accessLog;
    private final CurrentUser currentUser;

    DocumentPdfController(HistoryService history, CaseDocuments documents, DocumentPapers papers, DocumentPdfs pdfs, AuditAccessLog accessLog,
            CurrentUser currentUser) {
        this.history = history;
        this.documents = documents;
        this.papers = papers;
        this.pdfs = pdfs;
        this.accessLog = accessLog;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/cases/{caseNumber}/documents/{documentId}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String caseNumber, @PathVariable String documentId) {
        // The history query is tenant-checked: a case of another jurisdiction is not found.
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
        if (instance == null) {
            throw Refusal.notFound("未找到案件 " + caseNumber + "（或不属于您的管辖区划）");
        }
        List<CaseDocument> all = documents.list(caseNumber);
        // An internal record (审批表, 呈批表 …) is not found by the enterprise's user or an outside expert, as in the list.
        CaseDocument document = documents.readable(all, instance.getProcessDefinitionKey(), currentUser.isOfficial()).stream()
                .filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> Refusal.notFound("案件 " + caseNumber + " 没有编号为 " + documentId + " 的文书"));
        byte[] pdf = pdfs.pdf(papers.of(instance, document, all));
        accessLog.record(currentUser.id(), "PRINT_DOCUMENT", caseNumber, document.title() + (document.number() == null ? "" : " " + document.number()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(document.title() + (document.number() == null ? "" : " " + document.number()) + ".pdf", StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf);
    }
}
