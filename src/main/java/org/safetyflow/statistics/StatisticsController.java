package org.safetyflow.statistics;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/statistics?jurisdiction=&from=&to=} (contract §13): the figures of the caller's jurisdictions (those
 * it belongs to and all below them; an administrator's: all), or of one of them; {@code format=csv&table=…} one table
 * of them as CSV for a spreadsheet. Another jurisdiction is not found (404), as its cases are not; an enterprise's user
 * or an outside expert, or the security administrators (who manage accounts and the security log, nothing else), holding
 * no official's role, sees no supervision figures (403).
 */
@RestController
class StatisticsController {

    /** The tables a CSV download may hold, with their Chinese column names. */
    private static final Map<String, List<String>> TABLES = Map.of(
            "processes", List.of("processName:业务", "opened:新立案件", "closed:办结", "open:在办", "overdue:超期"),
            "jurisdictions", List.of("name:辖区", "opened:新立案件", "closed:办结", "open:在办", "overdue:超期"),
            "months", List.of("month:月份", "opened:新立案件", "closed:办结"),
            "hazards", List.of("name:隐患等级", "count:隐患数"),
            "accidents", List.of("name:事故等级", "count:起数", "deaths:死亡人数", "seriousInjuries:重伤人数", "directEconomicLossYuan:直接经济损失（元）"));

    private final Statistics statistics;
    private final CurrentUser currentUser;
    private final JurisdictionDirectory jurisdictions;

    StatisticsController(Statistics statistics, CurrentUser currentUser, JurisdictionDirectory jurisdictions) {
        this.statistics = statistics;
        this.currentUser = currentUser;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/api/statistics")
    ResponseEntity<?> statistics(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String format, @RequestParam(required = false) String table) {
        currentUser.id(); // signed in, or 401 (isOfficial alone would answer an anonymous caller 403)
        if (!currentUser.isOfficial()) {
            throw Refusal.forbidden("安全生产监管统计只向监管部门的工作人员开放（企业用户和外聘专家不能查看）");
        }
        LocalDate today = Statistics.today();
        LocalDate first = Fields.optional("from", "统计起始日", FieldType.date(), from);
        LocalDate last = Fields.optional("to", "统计截止日", FieldType.date(), to);
        LocalDate start = first == null ? today.withDayOfYear(1) : first;
        LocalDate end = last == null ? today : last;
        if (start.isAfter(end)) {
            throw Refusal.invalid("from", "统计起始日（" + start + "）不能晚于截止日（" + end + "）");
        }
        if (start.plusYears(10).isBefore(end)) {
            throw Refusal.invalid("from", "一次最多统计十年");
        }
        Map<String, Object> figures = statistics.of(scope(jurisdiction), start, end);
        if (format == null || format.equals("json")) {
            return ResponseEntity.ok(figures);
        }
        if (!format.equals("csv")) {
            throw Refusal.invalid("format", "格式只能是 json 或 csv");
        }
        String name = Fields.required("table", "表格", FieldType.oneOf(List.copyOf(new TreeSet<>(TABLES.keySet()))), table);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("安全生产统计-" + name + "-" + start + "至" + end + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(csv(rows(figures, name), TABLES.get(name)));
    }

    /** The jurisdictions counted: the caller's and all below them, or the one asked for (with those below it) if it is among them. */
    private Set<String> scope(String asked) {
        Set<String> own = new TreeSet<>();
        if (currentUser.isAdministrator()) {
            jurisdictions.all().forEach(j -> own.add(j.code()));
        } else {
            currentUser.tenants().forEach(tenant -> own.addAll(jurisdictions.withDescendants(tenant)));
        }
        if (asked == null || asked.isBlank()) {
            return own;
        }
        String code = Fields.required("jurisdiction", "辖区", FieldType.divisionCode(), asked);
        if (!own.contains(code)) {
            throw Refusal.notFound("未找到辖区 " + code + "（或不属于您的管辖区划）");
        }
        return jurisdictions.withDescendants(code).stream().filter(own::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> figures, String table) {
        return switch (table) {
            case "processes" -> (List<Map<String, Object>>) figures.get("processes");
            case "jurisdictions" -> (List<Map<String, Object>>) figures.get("byJurisdiction");
            case "months" -> (List<Map<String, Object>>) figures.get("byMonth");
            case "hazards" -> (List<Map<String, Object>>) ((Map<String, Object>) figures.get("hazards")).get("byGrade");
            default -> (List<Map<String, Object>>) ((Map<String, Object>) figures.get("accidents")).get("byGrade");
        };
    }

    /** RFC 4180, with a byte-order mark so that a spreadsheet reads the Chinese as UTF-8. */
    private static String csv(List<Map<String, Object>> rows, List<String> columns) {
        List<String> lines = new ArrayList<>();
        lines.add(columns.stream().map(c -> cell(c.substring(c.indexOf(':') + 1))).collect(Collectors.joining(",")));
        for (Map<String, Object> row : rows) {
            lines.add(columns.stream().map(c -> cell(row.get(c.substring(0, c.indexOf(':'))))).collect(Collectors.joining(",")));
        }
        return "\uFEFF" + String.join("\r\n", lines) + "\r\n";
    }

    private static String cell(Object value) {
        String text = value == null ? "" : value instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(value);
        if (value instanceof String && text.matches("^[=+@\\t].*")) {
            text = "'" + text; // not a formula to a spreadsheet
        }
        return text.matches(".*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
