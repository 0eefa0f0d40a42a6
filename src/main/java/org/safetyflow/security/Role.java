package org.safetyflow.security;

/**
 * The role groups of SafetyFlow. Each is a Camunda group of the same id and the candidate group of
 * the tasks of that role. The ids are part of the public contract: stable once landed.
 */
public enum Role {

    COMPLAINT_CLERK("complaint-clerk", "举报受理员"),
    LICENSING_CLERK("licensing-clerk", "行政审批受理员"),
    LICENSING_REVIEWER("licensing-reviewer", "许可审查员"),
    PROJECT_REVIEWER("project-reviewer", "三同时审查员"),
    HAZARD_OFFICER("hazard-officer", "隐患监管员"),
    SAFETY_COMMITTEE_OFFICE("safety-committee-office", "安委办"),
    ENTERPRISE("enterprise", "企业"),
    EXPERT("expert", "专家"),
    ACCIDENT_OFFICER("accident-officer", "事故调查统计员"),
    INVESTIGATION_TEAM("investigation-team", "事故调查组"),
    GOVERNMENT("government", "人民政府"),
    ENFORCEMENT_OFFICER("enforcement-officer", "执法人员"),
    LEGAL_REVIEWER("legal-reviewer", "法制审核员"),
    BUREAU_HEAD("bureau-head", "机关负责人"),
    AUDITOR("auditor", "审计员");

    private final String groupId;
    private final String displayName;

    Role(String groupId, String displayName) {
        this.groupId = groupId;
        this.displayName = displayName;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }
}
