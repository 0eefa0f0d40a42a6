package org.safetyflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.safetyflow.audit.AuditAccessLog;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.registry.Authorities;
import org.safetyflow.storage.Database;
import org.safetyflow.testing.Complaints;
import org.safetyflow.testing.EngineTest;
import org.safetyflow.testing.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A case's 文书 printed as PDF (contract §13), with their 文号, for those who may see the case. */
@EngineTest
class DocumentPdfTest {

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    CaseDocuments documents;
    @Autowired
    AuditAccessLog accessLog;
    @Autowired
    Authorities authorities;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Database database;
    @Autowired
    DocumentPapers papers;
    @Autowired
    DocumentPdfs pdfs;

    @Test
    void shouldPrintA12350AcceptanceNoticeWithItsNumberInAnEmbeddedChineseFontForItsJurisdictionOnly() throws IOException {
        ProcessInstance report = report("370405");
        CaseDocument notice = accept(report, "ACCEPT");

        Http.Download pdf = Http.as(port, "taierzhuang", "demo").download(pdfPath(notice));
        Http.Response otherCounty = Http.as(port, "shanting", "demo").get(pdfPath(notice));
        Http.Response noSuchDocument = Http.as(port, "taierzhuang", "demo").get("/api/cases/" + notice.caseNumber() + "/documents/none/pdf");

        assertThat(notice.number()).matches("台应急举受〔" + YEAR + "〕\\d+号");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.contentDisposition()).startsWith("inline;").contains("filename*=UTF-8''");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // Lines joined: a phrase may wrap.
            String text = stripper.getText(document).replaceAll("\\R", "");
            assertThat(text).contains("枣庄市台儿庄区应急管理局", "举报受理告知书", notice.number(), "举报人：", "某化工有限公司",
                    "《中华人民共和国安全生产法》第七十三条", "重大事故隐患");
            List<PDFont> fonts = fonts(document);
            // Every font embedded (PDF/A-2u): the Chinese text in Droid Sans Fallback, numerals in Liberation Serif.
            assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).anySatisfy(name -> assertThat(name).endsWith("+DroidSansFallback"))
                    .anySatisfy(name -> assertThat(name).endsWith("+LiberationSerif"));
        }
        assertThat(otherCounty.status()).isEqualTo(404);
        assertThat(otherCounty.json().path("error").asText()).contains("不属于您的管辖区划");
        assertThat(noSuchDocument.status()).isEqualTo(404);
        assertThat(accessLog.ofCase(notice.caseNumber())).anySatisfy(entry -> {
            assertThat(entry.get("user")).isEqualTo("taierzhuang");
            assertThat(entry.get("action")).isEqualTo("PRINT_DOCUMENT");
            assertThat((String) entry.get("detail")).contains(notice.number());
        });
    }

    @Test
    void shouldAddressANoticeToTheReporterByNameOrAnAnonymousOneAsTheReporter() throws IOException {
        Map<String, Object> variables = new HashMap<>(Complaints.report("370405"));
        variables.put("reporterName", "张三");
        ProcessInstance named = runtimeService.startProcessInstanceByKey("complaint-intake", variables);
        CaseDocument refusal = accept(named, "REJECT");
        CaseDocument anonymous = accept(report("370405"), "REJECT");

        String toNamed = text(Http.as(port, "taierzhuang", "demo").download(pdfPath(refusal)));
        String toAnonymous = text(Http.as(port, "taierzhuang", "demo").download(pdfPath(anonymous)));

        assertThat(refusal.title()).isEqualTo("举报不予受理告知书");
        assertThat(refusal.number()).matches("台应急举不受〔" + YEAR + "〕\\d+号");
        // The name is read as the reader may read it (the engine's own rule for the reporter's identity), not stored in the 文书.
        assertThat(refusal.content()).doesNotContainKey("reporterName");
        assertThat(toNamed).contains("张三：", "不属于安全生产举报事项");
        assertThat(toAnonymous).contains("举报人：").doesNotContain("张三");
    }

    @Test
    void shouldNameTheHearingChairToThePartyByNameWithoutTheUserName() throws IOException {
        Map<String, Object> content = new HashMap<>();
        content.put("hearingAt", "2026-12-22T09:30:00+08:00");
        content.put("hearingPlace", "区应急管理局听证室");
        content.put("hearingChair", "legal-reviewer");
        content.put("hearingChairText", "法制审核员（演示）（legal-reviewer）");

        String text = printed(paper("administrative-penalty", "HEARING_NOTICE", "听证通知书", "台应急听通〔2026〕1号", content)).replaceAll("\\s", "");

        assertThat(text).contains("由法制审核员（演示）主持").doesNotContain("legal-reviewer");
    }

    @Test
    void shouldHeadWhatTheEnterpriseHandsInWithItsOwnNameAddressedToTheAuthorityWithoutASeal() throws IOException {
        Map<String, Object> content = new HashMap<>();
        content.put("enterpriseName", "台儿庄某化工有限公司");
        content.put("currentSituation", "二号液氨储罐区未设置有毒气体泄漏报警装置");
        content.put("causes", "设计缺陷");

        Paper paper = paper("hazard-rectification", "MAJOR_HAZARD_REPORT", "重大事故隐患报告", null, content);
        String text = printed(paper);

        assertThat(paper.issuer()).isEqualTo("台儿庄某化工有限公司");
        assertThat(text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("—")).findFirst()).hasValue("台儿庄某化工有限公司");
        assertThat(text).contains("重大事故隐患报告", "枣庄市台儿庄区应急管理局：", "填报人：").doesNotContain("（印章）", "制作人：");
    }

    @Test
    void shouldPrintTheLicensingGatesOneToALineWithMarksTheFontsHave() throws IOException {
        Map<String, Object> content = new HashMap<>();
        content.put("licensingDecision", "REFUSED");
        content.put("decisionReason", "存在挂牌督办中的重大事故隐患");
        content.put("gatesText", "✔ 未列入严重失信主体名单\n✘ 有挂牌督办中的重大事故隐患（YH-370405-2026-000001）\n");

        String text = printed(paper("licensing-approval", "DECISION", "不予行政许可决定书", "台应急许决〔2026〕1号", content));

        // ✔ and ✘ are not in the fonts (they would print as #): GB 2312's √ and ×, each gate on a line of its own.
        assertThat(text.lines().map(line -> line.replaceAll("\\s", ""))).contains("√未列入严重失信主体名单")
                .anySatisfy(line -> assertThat(line).startsWith("×有挂牌督办中的重大事故隐患"));
        assertThat(text).doesNotContain("#");
    }

    @Test
    void shouldPrintADocumentOfATypeItsProcessNoLongerDeclaresAsTheRecordItWas() throws IOException {
        CaseDocument notice = accept(report("370405"), "ACCEPT");
        String retired = java.util.UUID.randomUUID().toString();
        // A 文书 recorded before an upgrade dropped its type: the row as it stands, under a kind no process declares now.
        database.jdbc().update("insert into sf_case_document (id, case_number, process_instance_id, kind, title, content, task_id, activity_id,"
                + " created_at, created_by, seq_in_case) select ?, case_number, process_instance_id, 'RETIRED_NOTICE', '举报受理告知书（旧式）',"
                + " content, task_id, activity_id, created_at, created_by, seq_in_case + 100 from sf_case_document where id = ?", retired, notice.id());

        Http.Download pdf = Http.as(port, "taierzhuang", "demo").download("/api/cases/" + notice.caseNumber() + "/documents/" + retired + "/pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(text(pdf)).contains("举报受理告知书（旧式）", "制作人");
    }

    @Test
    void shouldNumberEachAuthoritysDocumentsWithoutAGapThoughAStepFailsAfterTakingANumber() {
        CaseDocument first = accept(report("370405"), "ACCEPT");
        ProcessInstance failing = report("370405");
        Task task = taskService.createTaskQuery().processInstanceId(failing.getId()).singleResult();
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                taskService.setAssignee(task.getId(), "complaint-clerk");
                taskService.complete(task.getId(), Map.of("acceptance", "ACCEPT"));
                throw new IllegalStateException("the step fails after its document took a number");
            });
        } catch (IllegalStateException expected) {
            // rolled back: the completion, its document and its number
        }
        CaseDocument next = accept(failing, "ACCEPT");
        CaseDocument otherCounty = accept(report("370406"), "ACCEPT");

        assertThat(sequence(next)).isEqualTo(sequence(first) + 1);
        assertThat(otherCounty.number()).startsWith("山应急举受〔" + YEAR + "〕");
    }

    @Test
    void shouldVoidTheNoticeOfARecalledStepKeepingItsNumberAndIssueANewOne() throws IOException {
        ProcessInstance report = report("370405");
        // 台儿庄区's demo user (it holds every role): other tests change the role users' passwords.
        CaseDocument first = accept(report, "ACCEPT", "taierzhuang");
        String accepted = first.taskId();

        Http.Response recalled = Http.as(port, "taierzhuang", "demo").post("/api/tasks/" + accepted + "/recall", "{\"reason\": \"受理意见填错\"}");
        CaseDocument again = accept(report, "ACCEPT");

        assertThat(recalled.status()).as(recalled.body()).isEqualTo(204);
        List<CaseDocument> all = documents.list(first.caseNumber());
        assertThat(all).hasSize(2);
        assertThat(all.get(0).voidedAt()).isNotNull();
        assertThat(all.get(0).voidReason()).isEqualTo("撤回「受理审查」：受理意见填错");
        assertThat(all.get(0).number()).isEqualTo(first.number());
        assertThat(again.voidedAt()).isNull();
        assertThat(sequence(again)).isEqualTo(sequence(first) + 1);
        assertThat(text(Http.as(port, "taierzhuang", "demo").download(pdfPath(all.get(0))))).contains("作废", "不得送达、执行");
        assertThat(text(Http.as(port, "taierzhuang", "demo").download(pdfPath(again)))).doesNotContain("作废");
        assertThat(Http.as(port, "auditor", "demo").get("/api/audit/cases/" + first.caseNumber() + "/timeline").json().findValuesAsText("type"))
                .contains("DOCUMENT_VOIDED");
    }

    @Test
    void shouldNameEachLevelsAuthorityAndItsMark() {
        assertThat(authorities.name("370405")).isEqualTo("枣庄市台儿庄区应急管理局");
        assertThat(authorities.name("370400")).isEqualTo("枣庄市应急管理局");
        assertThat(authorities.name("370000")).isEqualTo("山东省应急管理厅");
        assertThat(List.of(authorities.mark("370405"), authorities.mark("370400"), authorities.mark("370000"))).containsExactly("台", "枣", "鲁");
    }

    private ProcessInstance report(String jurisdiction) {
        return runtimeService.startProcessInstanceByKey("complaint-intake", Complaints.report(jurisdiction));
    }

    /** Completes the report's 受理审查 with the decision; answers the notice it made. */
    private CaseDocument accept(ProcessInstance report, String acceptance) {
        return accept(report, acceptance, "complaint-clerk");
    }

    private CaseDocument accept(ProcessInstance report, String acceptance, String clerk) {
        Task task = taskService.createTaskQuery().processInstanceId(report.getId()).singleResult();
        taskService.setAssignee(task.getId(), clerk);
        Map<String, Object> variables = new HashMap<>(Map.of("acceptance", acceptance));
        if (!"ACCEPT".equals(acceptance)) {
            variables.put("acceptanceReason", "不属于安全生产举报事项");
        }
        taskService.complete(task.getId(), variables);
        List<CaseDocument> made = documents.list(runtimeService.createProcessInstanceQuery().processInstanceId(report.getId()).singleResult()
                .getBusinessKey());
        return made.get(made.size() - 1);
    }

    /** A 文书 of 台儿庄区 as its process would record it, laid out for print. */
    private Paper paper(String processKey, String kind, String title, String number, Map<String, Object> content) {
        CaseDocument document = new CaseDocument(kind.toLowerCase(), "CF-370405-2026-000001", "none", kind, title, content, null, null,
                java.time.OffsetDateTime.parse("2026-12-02T10:00:00+08:00"), "enforcement-officer", number, null, null, null);
        return papers.of(processKey, "370405", "none", document, List.of(document));
    }

    /** Its printed text, line by line as laid out. */
    private String printed(Paper paper) throws IOException {
        try (PDDocument read = Loader.loadPDF(pdfs.pdf(paper))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(read);
        }
    }

    private static String pdfPath(CaseDocument document) {
        return "/api/cases/" + document.caseNumber() + "/documents/" + document.id() + "/pdf";
    }

    private static int sequence(CaseDocument document) {
        return Integer.parseInt(document.number().replaceAll(".*〕(\\d+)号", "$1"));
    }

    private static String text(Http.Download pdf) throws IOException {
        assertThat(pdf.status()).as(pdf.asText().body()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\R", "");
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
