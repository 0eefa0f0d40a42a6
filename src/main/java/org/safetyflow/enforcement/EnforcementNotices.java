package org.safetyflow.enforcement;

import static org.safetyflow.casefile.CaseVariables.text;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.stereotype.Component;

/**
 * The public notices of a 双随机 case (国办发〔2015〕20号: 一公开), each signed off by the 机关负责人: the 抽查计划 once
 * approved — what is checked, where, in which period, how many are drawn, but not whom (四不两直) — and, within 20
 * working days of the last inspection, the 抽查名单 with each enterprise's 检查结果.
 */
@Component("enforcementNotices")
public class EnforcementNotices {

    private final CaseDocuments documents;
    private final TimeLimits limits;
    private final JurisdictionDirectory jurisdictions;

    EnforcementNotices(CaseDocuments documents, TimeLimits limits, JurisdictionDirectory jurisdictions) {
        this.documents = documents;
        this.limits = limits;
        this.jurisdictions = jurisdictions;
    }

    public String planTitle(DelegateExecution execution) {
        return text(execution, "planName") + "双随机抽查计划";
    }

    public String planBody(DelegateExecution execution) {
        return "抽查区域：" + region(execution) + "\n"
                + "抽查对象：" + region(execution) + "及其下级区划登记的" + (execution.getVariable("industry") instanceof String industry
                        ? "「" + industry + "」行业" : "") + "企业，随机抽取 " + execution.getVariable("sampleSize") + " 家\n"
                + "牵头部门：" + EnforcementLabels.DEPARTMENTS.get(execution.getVariable("leadDepartment")) + "；参与部门："
                + text(execution, "departmentsText") + "\n"
                + "检查时间：" + CalendarDays.chinese((Date) execution.getVariable("inspectionsFrom")) + "至"
                + CalendarDays.chinese((Date) execution.getVariable("inspectionsUntil")) + "\n"
                + "检查事项：\n" + text(execution, "checklistText") + "\n"
                + "检查对象和执法检查人员均随机抽取，抽取结果（随机种子、名录库快照）留存可查；抽查名单和检查结果在检查结束后公示。\n"
                + "案件编号：" + text(execution, "caseNumber");
    }

    public String resultsTitle(DelegateExecution execution) {
        return text(execution, "planName") + "双随机抽查名单及检查结果公示";
    }

    public String resultsBody(DelegateExecution execution) {
        String lines = records(execution).stream().map(record -> "· " + record.get("enterpriseName") + "（" + record.get("enterpriseCreditCode")
                + "）：" + EnforcementLabels.FINDINGS.get(record.get("findings"))).collect(Collectors.joining("\n"));
        return "抽查计划：" + text(execution, "planName") + "（" + region(execution) + "，" + text(execution, "departmentsText") + "）\n"
                + "随机种子：" + execution.getVariable("randomSeed") + "（可据以复核抽取结果）\n"
                + "抽查名单及检查结果：\n" + lines + "\n"
                + "案件编号：" + text(execution, "caseNumber");
    }

    /** 公示 within 20 working days of the last inspection. */
    public Date resultsDue(DelegateExecution execution) {
        Date last = records(execution).stream().map(record -> Date.from(OffsetDateTime.parse((String) record.get("inspectedAt")).toInstant()))
                .max(Comparator.naturalOrder()).orElseThrow();
        return limits.after("enforcement.publication", last);
    }

    private List<Map<String, Object>> records(DelegateExecution execution) {
        return documents.list(execution.getProcessBusinessKey()).stream().filter(d -> "INSPECTION_RECORD".equals(d.kind()))
                .map(CaseDocument::content).toList();
    }

    private String region(DelegateExecution execution) {
        String code = (String) execution.getVariable("jurisdiction");
        return jurisdictions.find(code).map(Jurisdiction::fullName).orElse(code);
    }
}
