package org.safetyflow.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 文书 whose text ends near the foot of a page: every length of its facts, line by line across the first page's end,
 * prints without a page that holds the seal and the date alone (GB/T 9704-2012 7.3.5.4), a record's signature lines
 * alone, or nothing at all.
 */
@EngineTest
class DocumentLayoutTest {

    private static final String FACTS = "经现场检查，该单位特种作业人员未取得相应资格上岗作业，";
    /** About a third of a line at 三号 (16 pt) on the type area of GB/T 9704: every step moves the text's end a little. */
    private static final String STEP = "危险作业未经审批。";
    private static final int STEPS = 40;

    @Autowired
    DocumentPapers papers;
    @Autowired
    DocumentPdfs pdfs;

    @Test
    void shouldCarryTheLastParagraphOverWithTheSealRatherThanLeaveItAloneOnAPage() throws IOException {
        List<Integer> pageCounts = walk("administrative-penalty", "DECISION", "行政处罚决定书", steps -> {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("decisionOutcome", "PENALIZE");
            content.put("fineAmountYuan", 150000L);
            content.put("decisionNumber", "（鲁台）应急罚〔2026〕31号");
            content.put("violationFindings", FACTS + STEP.repeat(steps));
            content.put("legalBasis", "安全生产法第九十七条第七项");
            content.put("penaltyDecisionText", "罚款15万元");
            return content;
        });
        // The walk crossed the page's end: the short ones on one page, the long ones on two.
        assertThat(pageCounts).contains(1, 2);
    }

    @Test
    void shouldNotLeaveARecordsSignatureLinesAloneOnAPage() throws IOException {
        List<Integer> pageCounts = walk("joint-enforcement", "INSPECTION_RECORD", "现场检查记录", steps -> {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("enterpriseName", "台儿庄某化工有限公司");
            content.put("inspectedAt", "2026-12-01T10:30:00+08:00");
            content.put("presentInspectors", "张某、李某");
            content.put("findings", "GENERAL");
            content.put("findingsDescription", FACTS + STEP.repeat(steps * 2));
            content.put("rectificationDueDate", "2026-12-15");
            content.put("onSiteMeasures", "责令立即停止危险作业");
            return content;
        });
        assertThat(pageCounts).contains(1, 2);
    }

    @Test
    void shouldPrintADeliveryReceiptThatJustFitsOnOnePageWithoutAnEmptySecondPage() throws IOException {
        List<Integer> pageCounts = walk("administrative-penalty", "DELIVERY", "送达回证", steps -> {
            Map<String, Object> content = new LinkedHashMap<>();
            content.put("deliveredAt", "2026-12-02T12:47:00+08:00");
            content.put("deliveryMethod", "DIRECT");
            content.put("deliveryNote", "当事人法定代表人签收。" + STEP.repeat(steps));
            return content;
        });
        assertThat(pageCounts).contains(1, 2);
    }

    /** The 文书 printed with its text longer by a step each time, each print checked; the number of pages of each. */
    private List<Integer> walk(String processKey, String kind, String title, IntFunction<Map<String, Object>> content) throws IOException {
        List<Integer> pageCounts = new ArrayList<>();
        for (int steps = 0; steps < STEPS; steps++) {
            pageCounts.add(assertEveryPageHoldsText(paper(processKey, kind, title, content.apply(steps)), steps));
        }
        return pageCounts;
    }

    private Paper paper(String processKey, String kind, String title, Map<String, Object> content) {
        CaseDocument document = new CaseDocument("layout", "CF-370405-2026-000001", "none", kind, title, content, null, null,
                OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.ofHours(8)), "enforcement-officer", null, null, null, null);
        return papers.of(processKey, "370405", "none", document, List.of(document));
    }

    /** Each page's text, less what a page repeats or closes with (page number, case number, issuer, seal, date, signatures). */
    private int assertEveryPageHoldsText(Paper paper, int steps) throws IOException {
        byte[] pdf = pdfs.pdf(paper);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document)
                        .replaceAll("—\\s*\\d+\\s*—", "")
                        .replace("案件编号 " + paper.caseNumber(), "")
                        .replace(paper.issuer(), "")
                        .replace("（印章）", "")
                        .replace(paper.date(), "")
                        .replaceAll("(?m)^(制作人：.*|日期：.*|当事人或见证人（签名）：.*)$", "")
                        .replaceAll("\\s", "");
                assertThat(text).as("%s with %d steps of text: page %d of %d", paper.title(), steps, page, pages).isNotEmpty();
            }
            return pages;
        }
    }
}
