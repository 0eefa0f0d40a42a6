package org.safetyflow.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.disclosure.Notices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Case files as downloads: one case as JSON (summary, timeline, documents, notices, integrity) or CSV
 * (the timeline), and a search result as one stream, a page of cases at a time, so that memory does
 * not grow with the number of cases.
 */
@Component
class CaseExports {

    static final String[] CSV_COLUMNS = {"案件编号", "时间", "类型", "说明", "办理人", "环节", "变量", "原值", "新值", "事件标识"};
    private static final int PAGE = 100;
    private static final Logger log = LoggerFactory.getLogger(CaseExports.class);
    private static final String EXPORT_FAILED = "本案导出失败，请单独导出或联系系统管理员（服务器日志有原因）";

    private final Timelines timelines;
    private final CaseDocuments documents;
    private final Notices notices;
    private final AuditChain chain;
    private final ObjectMapper json;
    private final HistoryService history;

    CaseExports(Timelines timelines, CaseDocuments documents, Notices notices, AuditChain chain, ObjectMapper json, HistoryService history) {
        this.timelines = timelines;
        this.documents = documents;
        this.notices = notices;
        this.chain = chain;
        this.json = json;
        this.history = history;
    }

    Map<String, Object> caseFile(HistoricProcessInstance instance) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("case", CaseSearch.summary(instance));
        file.put("timeline", timelines.of(instance));
        file.put("documents", documents.list(instance.getBusinessKey()));
        file.put("notices", notices.ofCase(instance.getBusinessKey()));
        file.put("integrity", chain.verify(instance));
        return file;
    }

    void writeJson(HistoricProcessInstance instance, OutputStream out) throws IOException {
        json.writerWithDefaultPrettyPrinter().writeValue(out, caseFile(instance));
    }

    void writeCsv(HistoricProcessInstance instance, OutputStream out) throws IOException {
        Writer writer = csvWriter(out);
        header(writer);
        rows(writer, instance);
        writer.flush();
    }

    /** Every case found, page by page: CSV rows, or a JSON array of case files. */
    int writeAll(CaseSearch.Found found, String format, OutputStream out) throws IOException {
        int count = 0;
        boolean csv = "csv".equals(format);
        Writer writer = csv ? csvWriter(out) : null;
        JsonGenerator generator = csv ? null : json.getFactory().createGenerator(out);
        if (csv) {
            header(writer);
        } else {
            generator.writeStartArray();
        }
        for (int first = 0; ; first += PAGE) {
            List<CaseSearch.Hit> page = found.page(first, PAGE);
            Map<String, HistoricProcessInstance> instances = instances(page);
            for (CaseSearch.Hit hit : page) {
                // Each case is written whole or not at all: one case that cannot be read must not break off the download of
                // all the others after its headers were sent. It is named in the file and in the log.
                Object caseNumber = hit.summary().get("caseNumber");
                HistoricProcessInstance instance = instances.get(hit.processInstanceId());
                if (csv) {
                    java.io.StringWriter one = new java.io.StringWriter();
                    try {
                        rows(one, read(instance, hit));
                    } catch (RuntimeException unreadable) {
                        log.error("Bulk export: case {} ({}) could not be exported", caseNumber, hit.processInstanceId(), unreadable);
                        one = new java.io.StringWriter();
                        one.write(String.join(",", cell(caseNumber), "", "EXPORT_FAILED", EXPORT_FAILED, "", "", "", "", "",
                                cell(hit.processInstanceId())) + "\r\n");
                    }
                    writer.write(one.toString());
                } else {
                    Object file;
                    try {
                        file = caseFile(read(instance, hit));
                    } catch (RuntimeException unreadable) {
                        log.error("Bulk export: case {} ({}) could not be exported", caseNumber, hit.processInstanceId(), unreadable);
                        file = Map.of("caseNumber", String.valueOf(caseNumber), "exportFailed", EXPORT_FAILED);
                    }
                    json.writeValue(generator, file);
                }
                count++;
            }
            if (csv) {
                writer.flush();
            } else {
                generator.flush();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        if (!csv) {
            generator.writeEndArray();
            generator.flush();
        }
        return count;
    }

    /** The page's cases as the engine holds them (under the caller's authentication, as the download runs). */
    private Map<String, HistoricProcessInstance> instances(List<CaseSearch.Hit> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        Map<String, HistoricProcessInstance> instances = new HashMap<>();
        history.createHistoricProcessInstanceQuery().processInstanceIds(page.stream().map(CaseSearch.Hit::processInstanceId)
                .collect(Collectors.toSet())).list().forEach(instance -> instances.put(instance.getId(), instance));
        return instances;
    }

    private static HistoricProcessInstance read(HistoricProcessInstance instance, CaseSearch.Hit hit) {
        if (instance == null) {
            throw new IllegalStateException("case " + hit.processInstanceId() + " found by the search is no longer in the engine's history");
        }
        return instance;
    }

    private static Writer csvWriter(OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel opens UTF-8 Chinese correctly
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    private static void header(Writer writer) throws IOException {
        writer.write(String.join(",", CSV_COLUMNS) + "\r\n");
    }

    private void rows(Writer writer, HistoricProcessInstance instance) throws IOException {
        for (TimelineEvent event : timelines.of(instance)) {
            writer.write(String.join(",", cell(instance.getBusinessKey()), cell(event.time()), cell(event.type()), cell(event.description()),
                    cell(event.user()), cell(event.activityId()), cell(event.variable()), cell(event.oldValue()), cell(event.newValue()),
                    cell(event.id())) + "\r\n");
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return text.matches(".*[\",\\r\\n].*") || text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@")
                ? "\"" + (text.matches("^[=+\\-@].*") ? "'" : "") + text.replace("\"", "\"\"") + "\"" : text;
    }
}
