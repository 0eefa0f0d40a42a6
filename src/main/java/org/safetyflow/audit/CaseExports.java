package org.safetyflow.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
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

    private final Timelines timelines;
    private final CaseDocuments documents;
    private final Notices notices;
    private final AuditChain chain;
    private final ObjectMapper json;

    CaseExports(Timelines timelines, CaseDocuments documents, Notices notices, AuditChain chain, ObjectMapper json) {
        this.timelines = timelines;
        this.documents = documents;
        this.notices = notices;
        this.chain = chain;
        this.json = json;
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

    /** Every case of the query, page by page: CSV rows, or a JSON array of case files. */
    int writeAll(HistoricProcessInstanceQuery query, String format, OutputStream out) throws IOException {
        int count = 0;
        if ("csv".equals(format)) {
            Writer writer = csvWriter(out);
            header(writer);
            for (int first = 0; ; first += PAGE) {
                List<HistoricProcessInstance> page = query.listPage(first, PAGE);
                for (HistoricProcessInstance instance : page) {
                    // Each case is written whole or not at all: one case that cannot be read must not break off the
                    // download of all the others after its headers were sent. It is named in the file and in the log.
                    java.io.StringWriter one = new java.io.StringWriter();
                    try {
                        rows(one, instance);
                    } catch (RuntimeException unreadable) {
                        log.error("Bulk export: case {} ({}) could not be exported", instance.getBusinessKey(), instance.getId(), unreadable);
                        one = new java.io.StringWriter();
                        one.write(String.join(",", cell(instance.getBusinessKey()), "", "EXPORT_FAILED", "本案导出失败，请单独导出或联系系统管理员（服务器日志有原因）", "", "", "", "", "", cell(instance.getId())) + "\r\n");
                    }
                    writer.write(one.toString());
                    count++;
                }
                writer.flush();
                if (page.size() < PAGE) {
                    return count;
                }
            }
        }
        JsonGenerator generator = json.getFactory().createGenerator(out);
        generator.writeStartArray();
        for (int first = 0; ; first += PAGE) {
            List<HistoricProcessInstance> page = query.listPage(first, PAGE);
            for (HistoricProcessInstance instance : page) {
                Object file;
                try {
                    file = caseFile(instance);
                } catch (RuntimeException unreadable) {
                    log.error("Bulk export: case {} ({}) could not be exported", instance.getBusinessKey(), instance.getId(), unreadable);
                    file = Map.of("caseNumber", String.valueOf(instance.getBusinessKey()), "exportFailed", "本案导出失败，请单独导出或联系系统管理员（服务器日志有原因）");
                }
                json.writeValue(generator, file);
                count++;
            }
            generator.flush();
            if (page.size() < PAGE) {
                break;
            }
        }
        generator.writeEndArray();
        generator.flush();
        return count;
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
