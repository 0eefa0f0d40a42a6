package org.safetyflow.hazard;

import java.util.List;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.springframework.stereotype.Component;

/** The 文书 of 重大事故隐患挂牌督办, each with the case variables it is made of; the model names the code only. */
@Component
class HazardDocuments implements DocumentTypes {

    @Override
    public String processKey() {
        return HazardInputs.PROCESS_KEY;
    }

    @Override
    public List<DocumentType> types() {
        return List.of(
                DocumentType.of("HAZARD_REGISTRATION", "事故隐患登记表",
                        "hazardDescription", "hazardSource", "discoveredAt", "location", "industry", "attachmentIds"),
                DocumentType.of("EXPERT_GRADING", "专家判定意见", "suggestedGrade", "expertOpinion"),
                DocumentType.of("HAZARD_GRADING", "隐患判定意见",
                        "hazardGrade", "gradingStandard", "gradingClause", "gradingReason", "rectificationDueDate"),
                DocumentType.of("RECTIFICATION_REPORT", "隐患整改报告", "rectificationMeasures", "rectifiedAt").submitted(),
                DocumentType.of("RECHECK_OPINION", "复查意见", "recheckPassed", "recheckOpinion"),
                DocumentType.of("SITE_MEASURES", "现场处理措施决定",
                        "evacuated", "cordoned", "shutdown", "shutdownScope", "measuresNote", "peopleAtRisk",
                        "estimatedCostYuan", "crossJurisdiction").numbered("应急现决").basis("《中华人民共和国安全生产法》第六十五条第一款第（三）项").contestable(),
                DocumentType.of("MAJOR_HAZARD_REPORT", "重大事故隐患报告",
                        "currentSituation", "causes", "harmAndDifficulty", "planOutline").submitted(),
                DocumentType.of("WORKERS_REPORT", "向职工（代表）大会报告记录", "workersMeetingAt", "workersMeetingSummary").submitted(),
                DocumentType.of("LISTING_NOTICE", "挂牌督办通知书",
                        "listingAuthority", "listingLevel", "supervisionItems", "rectificationDeadline", "liftingConditions", "listingJurisdiction")
                        .numbered("安委办督").issuedBy("安全生产委员会").issuedIn("listingJurisdiction").basis("《国务院关于进一步加强企业安全生产工作的通知》（国发〔2010〕23号）"),
                DocumentType.of("GOVERNANCE_PLAN", "重大事故隐患治理方案",
                        "planResponsiblePerson", "planMeasures", "planFundsYuan", "planDeadline", "planContingency").submitted(),
                DocumentType.of("PLAN_REVIEW", "治理方案审查意见", "planApproved", "planReviewOpinion"),
                DocumentType.of("ASSESSMENT_REPORT", "治理评估报告及销号申请",
                        "assessmentBy", "assessmentSummary", "assessmentReportId", "closingApplication").submitted(),
                DocumentType.of("PROGRESS_REPORT", "治理进展报告", "progressSummary", "progressPercent", "productionStatus").submitted(),
                DocumentType.of("ONSITE_CHECK", "现场核查记录", "checkedAt", "checkFindings"),
                DocumentType.of("INTERVIEW_RECORD", "约谈记录", "interviewedAt", "interviewRecord"),
                // From the 安委会 of the level it is raised to (its jurisdiction follows the listing level).
                DocumentType.of("ESCALATION_NOTICE", "提级督办通知", "escalatedLevel", "escalationNote", "escalationReason", "listingAuthority",
                        "listingJurisdiction").numbered("安委办督").issuedBy("安全生产委员会").issuedIn("listingJurisdiction")
                        .basis("《国务院关于进一步加强企业安全生产工作的通知》（国发〔2010〕23号）"),
                DocumentType.of("ENFORCEMENT_REFERRAL", "停产停业整顿及按日连续处罚移送",
                        "enforcementDecision", "enforcementNote", "penaltyDecisionNumber").internal(),
                DocumentType.of("DELISTING_NOTICE", "重大事故隐患销号通知", "listingAuthority", "recheckOpinion", "delistedAt", "listingJurisdiction")
                        .numbered("安委办销").issuedBy("安全生产委员会").issuedIn("listingJurisdiction"));
    }
}
