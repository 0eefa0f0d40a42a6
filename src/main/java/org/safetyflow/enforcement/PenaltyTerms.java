package org.safetyflow.enforcement;

import java.util.Map;
import java.util.Set;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/** What a 行政处罚 case's own variables are called and the names of its codes. */
@Component
class PenaltyTerms implements CaseTerms {

    @Override
    public String processKey() {
        return PenaltyInputs.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.ofEntries(Map.entry("decisionDueDate", "处罚决定期限"), Map.entry("filingDecidedBy", "立案审批人"),
                Map.entry("investigatedBy", "调查取证登记人"), Map.entry("proposedBy", "呈批人"), Map.entry("hearingRight", "享有听证权利"),
                Map.entry("hearingRightReason", "听证权利的依据"), Map.entry("legalReviewRequired", "须法制审核"),
                Map.entry("legalReviewReason", "法制审核的依据"), Map.entry("collectiveDiscussionRequired", "须集体讨论"),
                Map.entry("collectiveDiscussionReason", "集体讨论的依据"), Map.entry("proposedPenaltyText", "拟作出的行政处罚"),
                Map.entry("legalReviewedBy", "法制审核人"), Map.entry("statementDueDate", "陈述申辩（听证申请）期限"),
                Map.entry("statementLapsedAt", "陈述申辩期满时间"), Map.entry("hearingChair", "听证主持人（用户名）"),
                Map.entry("hearingChairOptions", "可指定的听证主持人"), Map.entry("officerOptions", "可勾选的执法人员"),
                Map.entry("hearingRecordDueDate", "听证笔录期限"), Map.entry("decidedAt", "作出决定时间"), Map.entry("decidedBy", "作出决定的负责人"),
                Map.entry("decision", "处理结果"), Map.entry("penaltyDecision", "行政处罚种类"), Map.entry("penaltyDecisionText", "行政处罚决定"),
                Map.entry("fined", "处以罚款"), Map.entry("extensionCount", "延长办案期限次数"), Map.entry("extensions", "延长办案期限记录"),
                Map.entry("paymentDueDate", "罚款缴纳期限"), Map.entry("surchargeYuan", "加处罚款"), Map.entry("surchargeCapped", "加处罚款已达罚款数额"),
                Map.entry("surchargeReason", "加处罚款的计算"), Map.entry("litigationPeriodEnds", "起诉期限届满"),
                Map.entry("enforcementWaitUntil", "可申请强制执行的日期"), Map.entry("courtApplicationDueDate", "申请强制执行期限"),
                Map.entry("closedAt", "结案时间"), Map.entry("closedBy", "结案审批人"), Map.entry("crimeSuspectedAt", "发现涉嫌犯罪时间"),
                Map.entry("transferDecisionDueDate", "移送审批期限"), Map.entry("transferApprovedAt", "批准移送时间"),
                Map.entry("transferApprovedBy", "批准移送的负责人"), Map.entry("transferDueDate", "移送期限"), Map.entry("crimeSuspicion", "涉嫌犯罪的情况"),
                Map.entry("blacklistGrounds", "严重失信主体名单的列入情形"), Map.entry("blacklistEntryId", "严重失信主体名单条目"),
                Map.entry("blacklistListedOn", "列入严重失信主体名单日期"), Map.entry("blacklistExpiresOn", "严重失信主体名单届满日期"),
                Map.entry("closureReferralApplies", "应当提请关闭（安全生产法第一百一十三条）"), Map.entry("closureReferralReason", "提请关闭的审查意见"),
                Map.entry("dailyFineDays", "按日连续处罚的计罚日数"), Map.entry("dailyFineAmountYuan", "按日连续处罚的罚款数额"),
                Map.entry("dailyFineReason", "按日连续处罚的计算"), Map.entry("correctionRecheckedBy", "整改复查登记人"),
                Map.entry("correctionRefused", "拒不改正"), Map.entry("correctionRefusalNote", "拒不改正的处理"),
                Map.entry("continuingViolationCaseNumber", "按日连续处罚案件"), Map.entry("shutdownFrom", "停产停业整顿起始"),
                Map.entry("shutdownPeriodText", "停产停业整顿期限"), Map.entry("shutdownStatus", "停产停业整顿状态"),
                Map.entry("resumptionReviewedBy", "复产审查登记人"), Map.entry("productionResumedAt", "恢复生产经营时间"),
                Map.entry("resumptionRefusals", "不同意复产次数"), Map.entry("shutdownClosureNote", "整顿期满仍不具备安全生产条件"),
                Map.entry("shutdownRefusalRecordedBy", "拒不执行停产停业整顿的登记人"), Map.entry("shutdownRefusalClosureNote", "拒不执行停产停业整顿决定"),
                Map.entry("shutdownRefusals", "拒不执行停产停业整顿的次数"), Map.entry("supplyStopCaseNumber", "停止供电（停止供应民用爆炸物品）案件"));
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        Map<String, String> methods = Map.of("IN_PERSON", "直接送达", "POST", "邮寄送达", "ELECTRONIC", "电子送达", "LEFT_AT_RESIDENCE", "留置送达");
        Map<String, String> licence = Map.of("NONE", "不涉及", "SUSPEND", "提请暂扣", "REVOKE", "提请吊销");
        return Map.ofEntries(Map.entry("caseSource", PenaltyOpening.SOURCES), Map.entry("partyType", Map.of("UNIT", "单位", "INDIVIDUAL", "个人")),
                Map.entry("decisionOutcome", Map.of("PENALIZE", "给予行政处罚", "NOT_PENALIZE", "不予行政处罚", "WITHDRAW", "撤销立案", "EXTEND", "延长办案期限")),
                Map.entry("decision", Map.of("PENALIZED", "给予行政处罚", "NOT_PENALIZED", "不予行政处罚", "WITHDRAWN", "撤销（不予立案）", "TRANSFERRED", "移送公安机关")),
                Map.entry("penaltyDecision", PenaltySteps.PENALTIES), Map.entry("proposedLicenceAction", licence), Map.entry("licenceAction", licence),
                Map.entry("noticeDeliveryMethod", methods), Map.entry("deliveryMethod", methods), Map.entry("urgeDeliveryMethod", methods),
                Map.entry("dishonestyCircumstance", SeriousDishonesty.CIRCUMSTANCES),
                Map.entry("blacklistDecision", Map.of("LIST", "列入", "NOT_LIST", "不列入")),
                Map.entry("shutdownStatus", PenaltyExecution.SHUTDOWN_STATUS), Map.entry("supplyMeasure", PenaltyExecution.SUPPLY_MEASURES));
    }

    @Override
    public Set<String> amounts() {
        return Set.of("surchargeYuan", "dailyFineAmountYuan");
    }
}
