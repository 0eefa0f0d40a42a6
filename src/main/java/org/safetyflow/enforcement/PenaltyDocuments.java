package org.safetyflow.enforcement;

import java.util.List;
import java.util.Map;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.springframework.stereotype.Component;

/** The 文书 of a 行政处罚 case, each with the case variables it is made of. */
@Component
class PenaltyDocuments implements DocumentTypes {

    @Override
    public String processKey() {
        return PenaltyInputs.PROCESS_KEY;
    }

    @Override
    public List<DocumentType> types() {
        return List.of(
                DocumentType.of("FILING_APPROVAL", "立案审批表", "caseSource", "violationFacts", "openedAt", "sourceCaseNumber", "dailyFineReason",
                        "filingApproved", "filingOpinion").internal(),
                DocumentType.of("INVESTIGATION", "调查取证材料（询问笔录、勘验笔录、抽样取证凭证）", "investigators", "investigatorsText", "interviewRecords",
                        "inspectionRecords", "samplingReferences", "evidenceSummary"),
                DocumentType.of("PROPOSAL", "案件处理呈批表", "partyType", "violationFindings", "legalBasis", "proposedWarning", "proposedFineYuan",
                        "proposedConfiscation", "proposedConfiscatedItems", "proposedConfiscationValueYuan", "proposedShutdown", "proposedLicenceAction", "proposedClosure", "majorHazard", "closureReferralReason", "complexCase",
                        "majorPublicInterest", "fourMandatesClosure", "fourMandatesMaximum", "fourMandatesShutdown", "fourMandatesCriminal").internal(),
                DocumentType.of("LEGAL_REVIEW", "法制审核意见书", "legalReviewOpinion", "legalReviewAgreed").internal(),
                DocumentType.of("COLLECTIVE_DISCUSSION", "重大案件集体讨论记录", "discussionHeldAt", "discussionParticipants", "discussionRecord",
                        "discussionConclusion").internal(),
                DocumentType.of("PENALTY_NOTICE", "行政处罚告知书（听证告知书）", "violationFindings", "legalBasis", "proposedPenaltyText",
                        "hearingRight", "noticeServedAt", "noticeDeliveryMethod", "statementDueDate").numbered("应急罚告").basis("《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条")
                        .titledBy("hearingRight", Map.of("true", "行政处罚听证告知书", "false", "行政处罚告知书")),
                DocumentType.of("STATEMENT", "陈述申辩笔录（听证申请）", "statementMade", "statementSummary", "hearingRequested"),
                DocumentType.of("HEARING_NOTICE", "听证通知书", "hearingNoticeServedAt", "hearingAt", "hearingPlace", "hearingChair", "hearingChairText").numbered("应急听通").basis("《中华人民共和国行政处罚法》第六十四条"),
                DocumentType.of("HEARING_RECORD", "听证笔录", "hearingHeldAt", "hearingParticipants", "hearingRecord", "hearingOpinion"),
                DocumentType.of("EXTENSION", "延长办案期限审批表", "extensionDays", "extensionReason", "decisionDueDate").internal(),
                DocumentType.of("DECISION", "行政处罚决定书（不予行政处罚决定书）", "decisionOutcome", "warning", "fineAmountYuan", "confiscation",
                        "confiscatedItems", "confiscationValueYuan", "shutdown", "shutdownUntil", "licenceAction", "closure", "closureReferralReason",
                        "correctionOrdered", "correctionRequirement", "correctionDueDate", "dailyFineReason", "decisionNumber", "decisionReason",
                        "penaltyDecisionText", "violationFindings", "legalBasis")
                        .titledBy("decisionOutcome", Map.of("PENALIZE", "行政处罚决定书", "NOT_PENALIZE", "不予行政处罚决定书")).numberedIn("decisionNumber").contestable(),
                DocumentType.of("DELIVERY", "送达回证", "deliveredAt", "deliveryMethod", "deliveryNote").to("enterpriseName"),
                DocumentType.of("URGE", "催告书（加处罚款决定）", "urgeServedAt", "urgeDeliveryMethod", "fineAmountYuan", "surchargeYuan").numbered("应急催告").basis("《中华人民共和国行政强制法》第三十五条、第五十四条"),
                DocumentType.of("COURT_APPLICATION", "强制执行申请书", "applicationFiledAt", "court", "applicationNote", "fineAmountYuan", "surchargeYuan"),
                DocumentType.of("CORRECTION_RECHECK", "整改复查意见书", "correctionRequirement", "correctionDueDate", "recheckedAt", "recheckers", "recheckersText",
                        "corrected", "recheckOpinion", "correctionRefusalNote", "decisionNumber").numbered("应急复查"),
                DocumentType.of("RESUMPTION_APPLICATION", "恢复生产经营申请（停产停业整顿情况报告）", "shutdownPeriodText", "resumptionAppliedAt",
                        "resumptionReport").submitted(),
                DocumentType.of("RESUMPTION_REVIEW", "复产审查意见书", "resumptionAppliedAt", "resumptionReviewedAt", "resumptionReviewers", "resumptionReviewersText",
                        "resumptionAgreed", "resumptionOpinion", "shutdownClosureNote").numbered("应急复产"),
                DocumentType.of("SHUTDOWN_REFUSAL", "拒不执行停产停业整顿决定现场笔录", "shutdownRefusalFoundAt", "shutdownRefusalOfficers", "shutdownRefusalOfficersText",
                        "shutdownRefusalFacts", "accidentRiskReal", "supplyMeasure", "shutdownRefusalClosureNote"),
                DocumentType.of("CLOSING", "结案审批表", "closingOpinion").internal(),
                DocumentType.of("TRANSFER_REPORT", "涉嫌犯罪案件移送书", "transferDrafters", "transferDraftersText", "suspectedCrime", "transferFacts").internal(),
                DocumentType.of("TRANSFER_APPROVAL", "涉嫌犯罪案件移送审批表", "transferApproved", "transferApprovalOpinion").internal(),
                DocumentType.of("TRANSFER", "涉嫌犯罪案件移送书（送达公安机关）", "enterpriseName", "suspectedCrime", "transferFacts", "transferApproved",
                        "transferApprovalOpinion", "transferredAt", "policeAuthority", "transferReceipt").numbered("应急移").to("policeAuthority")
                        .basis("《行政执法机关移送涉嫌犯罪案件的规定》第三条、第六条").internal());
    }
}
