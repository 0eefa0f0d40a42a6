package org.safetyflow.security;

/**
 * The role groups of SafetyFlow. Each is a Camunda group of the same id; the workflow roles are the
 * candidate groups of the tasks of that role. The ids are part of the public contract: stable once
 * landed. The last two are the administrators of 三权分立 (等保2.0 三级) besides the system administrators
 * ({@code camunda-admin}): they work no task and use no Tasklist.
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
    AUDITOR("auditor", "审计员"),
    /** Grants and revokes authorizations, unlocks locked-out users; manages nothing else. */
    SECURITY_ADMIN("security-admin", "安全管理员", false),
    /** Reads and exports the security log; changes nothing. */
    AUDIT_ADMIN("audit-admin", "安全审计员", false);

    /** The prefix of an enterprise's own group ({@code enterprise-<credit code>}), of which its users are members. */
    public static final String ENTERPRISE_GROUP_PREFIX = "enterprise-";

    private final String groupId;
    private final String displayName;
    private final boolean workflow;

    Role(String groupId, String displayName) {
        this(groupId, displayName, true);
    }

    Role(String groupId, String displayName, boolean workflow) {
        this.groupId = groupId;
        this.displayName = displayName;
        this.workflow = workflow;
    }

    /** Whether the role works cases in Tasklist (and gets the grants of the access matrix). */
    public boolean isWorkflow() {
        return workflow;
    }

    public String groupId() {
        return groupId;
    }

    public String displayName() {
        return displayName;
    }
}
