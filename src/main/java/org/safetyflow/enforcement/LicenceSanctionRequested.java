package org.safetyflow.enforcement;

/**
 * A 行政处罚决定 asks the licensing authority to suspend ({@code SUSPEND}) or revoke ({@code REVOKE}) the enterprise's
 * 安全生产许可证 (安全生产法第九十九条等, 安全生产许可证条例第十四条): published in the decision's transaction, for the
 * licensing capability to open its 暂扣/吊销 cases.
 */
public record LicenceSanctionRequested(String caseNumber, String jurisdiction, String enterpriseName, String enterpriseCreditCode,
        String action, String decisionNumber, String reason) {
}
