package org.safetyflow.enforcement;

import java.util.Map;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/** What a joint-enforcement case's own variables are called (contract §11 and the steps'), and the names of its codes. */
@Component
class EnforcementTerms implements CaseTerms {

    @Override
    public String processKey() {
        return EnforcementInputs.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.ofEntries(Map.entry("randomSeed", "随机种子"), Map.entry("sampledEnterprises", "抽取的企业"),
                Map.entry("inspectorAssignments", "选派的执法检查人员"), Map.entry("leadDepartment", "牵头部门"),
                Map.entry("leadDepartmentOfficers", "制定抽查计划的执法人员（牵头部门）"),
                Map.entry("departmentsText", "参与部门名称"), Map.entry("checklist", "检查事项清单"), Map.entry("checklistText", "检查事项清单（文本）"),
                Map.entry("enterpriseName", "被检查企业"), Map.entry("inspectionTeam", "检查组"),
                Map.entry("inspectorOptions", "可勾选的检查组成员"), Map.entry("teamLeader", "检查组组长"),
                Map.entry("hazardCaseNumber", "移交的隐患治理案件"), Map.entry("rectificationReportedAt", "报告整改时间"),
                Map.entry("extensionRequestedAt", "申请延期时间"), Map.entry("caseSource", "移交立案的原因"),
                Map.entry("penaltyCaseNumber", "移交的行政处罚案件"),
                // Members of the team, by user id (the 文书 print them by name).
                Map.entry("presentInspectors", "到场执法人员（用户名）"), Map.entry("recheckInspectors", "复查人员（用户名）"),
                // The columns of 检查事项结果 (checklistResults: one row per item of the checklist).
                Map.entry("item", "检查事项"), Map.entry("result", "检查结果"), Map.entry("note", "说明"));
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        return Map.of("findings", EnforcementLabels.FINDINGS, "leadDepartment", EnforcementLabels.DEPARTMENTS,
                "caseSource", EnforcementLabels.CASE_SOURCES, "outcome", Map.of("CLOSED", "联合执法检查办结", "PLAN_REFUSED", "抽查计划未获批准"),
                "rectificationAction", Map.of("REPORT", "报告整改情况", "REQUEST_EXTENSION", "申请延期"));
    }
}
