package org.safetyflow.accident;

/**
 * The 批复 of an accident case names the enterprise responsible and proposes to suspend or revoke its 安全生产许可证
 * (生产安全事故报告和调查处理条例第四十条). Published in the 批复's transaction: whoever handles licences opens the case
 * there, and a refusal there refuses the 批复 too.
 */
public record LicenceSanctionProposed(String caseNumber, String jurisdiction, String enterpriseName, String enterpriseCreditCode,
        String licenceNumber, String proposal, String replyNumber) {
}
