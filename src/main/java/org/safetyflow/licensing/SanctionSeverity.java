package org.safetyflow.licensing;

import java.util.Map;

/**
 * The decision may not be heavier than what the licence holder was told of (行政处罚法第四十五条: 不得因当事人陈述、
 * 申辩而给予更重的处罚): no 吊销 after a 暂扣 was proposed, no longer 暂扣 than proposed. A heavier one needs a
 * new proposal and a new 告知 (with the hearing rights it brings).
 */
final class SanctionSeverity {

    private SanctionSeverity() {
    }

    /** Null when the decision is within what was notified, else why not. */
    static String notHeavierThanNotified(Map<String, Object> values) {
        if (!"SUSPEND".equals(values.get("proposedSanction"))) {
            return null;
        }
        String heavier = "REVOKE".equals(values.get("sanctionDecision")) ? "告知的拟处理意见为暂扣，不能决定吊销"
                : "SUSPEND".equals(values.get("sanctionDecision")) && values.get("suspensionMonths") instanceof Integer months
                        && values.get("proposedSuspensionMonths") instanceof Integer proposed && months > proposed
                        ? "告知的暂扣期限为 " + proposed + " 个月，不能决定暂扣 " + months + " 个月" : null;
        return heavier == null ? null : heavier + "：不得因当事人陈述、申辩而给予更重的处罚（行政处罚法第四十五条）；确需加重的，应重新提出拟处理意见并告知当事人";
    }
}
