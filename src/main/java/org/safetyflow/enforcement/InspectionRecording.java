package org.safetyflow.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.rules.Refusal;
import org.springframework.stereotype.Component;

/**
 * 现场检查记录 (安全生产法第六十七条、第六十八条): at least two of the drawn team present (行政处罚法第四十二条), each item of
 * the plan's 检查事项清单 answered 合格, 不合格 or 不适用 (照单检查), or the enterprise's refusal recorded — a refusal to
 * be inspected is itself a violation (安全生产法第一百零八条) and goes to 立案 ({@code findings = REFUSED}). A 一般问题
 * issues the 责令限期整改指令书 on the spot.
 */
@Component("inspectionRecording")
public class InspectionRecording {

    /** The variables of one enterprise's inspection, local to it. */
    static final List<String> VARIABLES = List.of("inspectedAt", "presentInspectors", "refused", "refusalCircumstances",
            "checklistResults", "findings", "findingsLabel", "findingsDescription", "rectificationDueDate", "onSiteMeasures",
            "attachmentIds", "hazardCaseNumber", "inspectedAtText", "rectificationDueDateText");

    private final InspectionTeams teams;
    private final CaseDocuments documents;

    InspectionRecording(InspectionTeams teams, CaseDocuments documents) {
        this.teams = teams;
        this.documents = documents;
    }

    public void open(DelegateExecution execution) {
        teams.open(execution, VARIABLES);
    }

    public void recorded(DelegateTask task) {
        teams.requireMember(task);
        InspectionTeams.requireTwoOfTheTeam(task, "presentInspectors", "到场执法人员", "现场检查");
        if (Boolean.TRUE.equals(task.getVariable("refused"))) {
            task.setVariable("findings", "REFUSED");
        } else {
            requireEveryItemAnswered(task);
        }
        CaseLabels.name(task, "findings", EnforcementLabels.FINDINGS);
        CaseLabels.days(task, "inspectedAt", "rectificationDueDate");
        documents.fromTask(task, "INSPECTION_RECORD");
        if ("GENERAL".equals(task.getVariable("findings"))) {
            documents.fromTask(task, "RECTIFICATION_ORDER");
        }
    }

    private static void requireEveryItemAnswered(DelegateTask task) {
        List<String> items = checklistCodes(task.getVariable("checklist"));
        Map<String, String> answered = new LinkedHashMap<>();
        int row = 0;
        for (Map<String, Object> result : rows(task.getVariable("checklistResults"))) {
            row++;
            String item = String.valueOf(result.get("item")).strip();
            String value = String.valueOf(result.get("result")).strip();
            if (!items.contains(item)) {
                throw Refusal.invalid("checklistResults", "「检查事项结果」第 " + row + " 行的事项 " + item + " 不在本计划的检查事项清单中");
            }
            if (!EnforcementLabels.RESULTS.contains(value)) {
                throw Refusal.invalid("checklistResults", "「检查事项结果」第 " + row + " 行的结果应为合格、不合格或不适用，实为「" + value + "」");
            }
            if (answered.put(item, value) != null) {
                throw Refusal.invalid("checklistResults", "「检查事项结果」中事项 " + item + " 出现了两次");
            }
        }
        List<String> missing = items.stream().filter(item -> !answered.containsKey(item)).toList();
        if (!missing.isEmpty()) {
            throw Refusal.invalid("checklistResults", "照单检查：检查事项清单中的 " + String.join("、", missing) + " 没有检查结果");
        }
        if ("NONE".equals(task.getVariable("findings")) && answered.containsValue("不合格")) {
            throw Refusal.invalid("findings", "有检查事项不合格的，检查结论不能为「未发现问题」");
        }
    }

    private static List<String> checklistCodes(Object checklist) {
        SpinJsonNode node = checklist instanceof JsonValue json ? json.getValue() : (SpinJsonNode) checklist;
        return node.elements().stream().map(item -> item.prop("code").stringValue()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Object results) {
        if (results instanceof List<?> list) {
            return (List<Map<String, Object>>) list;
        }
        SpinJsonNode node = results instanceof JsonValue json ? json.getValue() : (SpinJsonNode) results;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SpinJsonNode row : node.elements()) {
            Map<String, Object> cells = new LinkedHashMap<>();
            row.fieldNames().forEach(name -> cells.put(name, row.prop(name).isNull() ? null : row.prop(name).stringValue()));
            rows.add(cells);
        }
        return rows;
    }
}
