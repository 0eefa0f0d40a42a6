package org.safetyflow.enforcement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safetyflow.casefile.CaseVariables;

/**
 * How heavy a proposed penalty is, and what that requires: the right to a hearing (行政处罚法第六十三条: 较大数额罚款,
 * 没收较大数额违法所得、较大价值非法财物, 责令停产停业, 吊销许可证件, 责令关闭), 法制审核 (第五十八条), 负责人集体讨论
 * (第五十七条第二款), and a decision no heavier than what was notified (第四十五条第二款: 不得因当事人陈述、申辩而给予更重的处罚).
 *
 * <p>What this capability decides and docs/enforcement.md states: 法制审核 is required where a hearing right arises
 * (第五十八条第一款第二项, "经过听证程序的" taken as "may go to a hearing"), where the case is 疑难复杂 (第三项), or where
 * it touches 重大公共利益 (第一项); 集体讨论 where the case is 情节复杂 or the penalty is one that carries a hearing (a
 * 重大违法行为 in local practice).
 *
 * @param fine the 较大数额 of a fine (第一项), on a 单位 and on an individual (a province's figures, in configuration)
 * @param confiscation the 较大数额违法所得、较大价值非法财物 of a 没收 (第二项), likewise
 */
record PenaltySeverity(Threshold fine, Threshold confiscation) {

    record Decision(boolean required, String reason) {
    }

    /** An amount from which a penalty is 较大, for a 单位 and for an individual. */
    record Threshold(double unitYuan, double individualYuan) {

        double of(boolean individual) {
            return individual ? individualYuan : unitYuan;
        }
    }

    /** The right to a hearing of a 呈批 proposal, with the grounds named. */
    Decision hearingRight(Map<String, Object> proposal) {
        List<String> grounds = new ArrayList<>();
        boolean individual = "INDIVIDUAL".equals(proposal.get("partyType"));
        String party = individual ? "个人" : "单位";
        if (proposal.get("proposedFineYuan") instanceof Number amount && amount.doubleValue() >= fine.of(individual)) {
            grounds.add("较大数额罚款（" + party + "罚款 " + CaseVariables.amount(fine.of(individual)) + "以上）");
        }
        if (Boolean.TRUE.equals(proposal.get("proposedConfiscation")) && proposal.get("proposedConfiscationValueYuan") instanceof Number value
                && value.doubleValue() >= confiscation.of(individual)) {
            grounds.add("没收较大数额违法所得、较大价值非法财物（" + party + "没收 " + CaseVariables.amount(confiscation.of(individual)) + "以上）");
        }
        if (Boolean.TRUE.equals(proposal.get("proposedShutdown"))) {
            grounds.add("责令停产停业");
        }
        if ("REVOKE".equals(proposal.get("proposedLicenceAction"))) {
            grounds.add("吊销许可证件");
        }
        if (Boolean.TRUE.equals(proposal.get("proposedClosure"))) {
            grounds.add("责令关闭");
        }
        return grounds.isEmpty() ? new Decision(false, "拟作出的处罚不属于行政处罚法第六十三条规定的情形，不告知听证权利")
                : new Decision(true, "拟" + String.join("、", grounds) + "，应当告知当事人有要求听证的权利（行政处罚法第六十三条）");
    }

    /** 法制审核 before the decision (行政处罚法第五十八条). */
    static Decision legalReview(Map<String, Object> proposal, boolean hearingRight) {
        List<String> grounds = new ArrayList<>();
        if (Boolean.TRUE.equals(proposal.get("majorPublicInterest"))) {
            grounds.add("涉及重大公共利益（第一项）");
        }
        if (hearingRight) {
            grounds.add("直接关系当事人重大权益、可能经过听证程序（第二项）");
        }
        if (Boolean.TRUE.equals(proposal.get("complexCase"))) {
            grounds.add("案件情况疑难复杂（第三项）");
        }
        return grounds.isEmpty() ? new Decision(false, "不属于行政处罚法第五十八条规定应当法制审核的情形")
                : new Decision(true, String.join("；", grounds) + "：作出决定前应当进行法制审核（行政处罚法第五十八条）");
    }

    /** 负责人集体讨论 of 情节复杂或者重大违法行为 (行政处罚法第五十七条第二款). */
    static Decision collectiveDiscussion(Map<String, Object> proposal, boolean hearingRight) {
        if (Boolean.TRUE.equals(proposal.get("complexCase"))) {
            return new Decision(true, "情节复杂，行政机关负责人应当集体讨论决定（行政处罚法第五十七条第二款）");
        }
        return hearingRight ? new Decision(true, "拟给予较重的行政处罚，按重大违法行为由行政机关负责人集体讨论决定（行政处罚法第五十七条第二款）")
                : new Decision(false, "情节简单、非重大违法行为，不需集体讨论");
    }

    /** Null when the decided penalty is within what was notified, else what is heavier. */
    static String notHeavierThanNotified(Map<String, Object> values) {
        List<String> heavier = new ArrayList<>();
        double proposedFine = values.get("proposedFineYuan") instanceof Number n ? n.doubleValue() : 0;
        if (values.get("fineAmountYuan") instanceof Number fine && fine.doubleValue() > proposedFine) {
            heavier.add(proposedFine == 0 ? "告知时未拟罚款" : "罚款超过告知的 " + CaseVariables.amount(proposedFine));
        }
        if (Boolean.TRUE.equals(values.get("confiscation"))) {
            double proposedValue = values.get("proposedConfiscationValueYuan") instanceof Number n ? n.doubleValue() : 0;
            if (!Boolean.TRUE.equals(values.get("proposedConfiscation"))) {
                heavier.add("告知时未拟没收违法所得、非法财物");
            } else if (values.get("confiscationValueYuan") instanceof Number value && value.doubleValue() > proposedValue) {
                heavier.add("没收的数额（价值）超过告知的 " + CaseVariables.amount(proposedValue));
            }
        }
        if (Boolean.TRUE.equals(values.get("shutdown")) && !Boolean.TRUE.equals(values.get("proposedShutdown"))) {
            heavier.add("告知时未拟责令停产停业");
        }
        if (Boolean.TRUE.equals(values.get("closure")) && !Boolean.TRUE.equals(values.get("proposedClosure"))) {
            heavier.add("告知时未拟提请关闭");
        }
        String licence = (String) values.get("licenceAction");
        String proposedLicence = values.get("proposedLicenceAction") instanceof String p ? p : "NONE";
        if ("REVOKE".equals(licence) && !"REVOKE".equals(proposedLicence)
                || "SUSPEND".equals(licence) && "NONE".equals(proposedLicence)) {
            heavier.add("许可证的处理重于告知的拟处理意见");
        }
        return heavier.isEmpty() ? null : String.join("；", heavier)
                + "：不得因当事人陈述、申辩而给予更重的处罚（行政处罚法第四十五条）；确需加重的，应重新呈批并告知当事人";
    }
}
