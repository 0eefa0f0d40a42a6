package org.safetyflow.simultaneity;

import java.util.List;
import java.util.Map;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.springframework.stereotype.Component;

/** The 文书 of a 建设项目安全设施“三同时” case, each with the case variables it is made of. */
@Component
class SimultaneityDocuments implements DocumentTypes {

    @Override
    public String processKey() {
        return SimultaneityInputs.PROCESS_KEY;
    }

    @Override
    public List<DocumentType> types() {
        return List.of(
                DocumentType.of("SAFETY_EVALUATION", "安全预评价报告（安全条件分析报告）",
                        "evaluationKindLabel", "evaluationAgency", "evaluationAgencyQualification", "evaluationReportNumber",
                        "evaluationConclusion", "evaluationCompletedAt").submitted(),
                // Issued to the enterprise under a 文号: the bureau's own 审查意见书文号 where the form takes one, else SafetyFlow's.
                DocumentType.of("CONDITION_REVIEW", "危险化学品建设项目安全条件审查意见书",
                        "projectName", "conditionApproved", "conditionReviewNumber", "conditionReviewOpinion").numberedIn("conditionReviewNumber").numbered("应急危审")
                        .basis("《危险化学品建设项目安全监督管理办法》"),
                DocumentType.of("DESIGN_RECORD", "安全设施设计备案", "designUnit", "designUnitQualification", "designSelfReview").submitted(),
                DocumentType.of("DESIGN_APPLICATION", "安全设施设计审查申请",
                        "projectApprovalNumber", "designUnit", "designUnitQualification", "designDocumentIds", "preEvaluationAdviceResponse").submitted(),
                DocumentType.of("DESIGN_ACCEPTANCE", "安全设施设计审查受理（不予受理）通知", "projectName", "designAccepted", "acceptanceOpinion",
                        "designDecisionDueDate").numbered("应急设受").basis("《建设项目安全设施“三同时”监督管理办法》，《中华人民共和国行政许可法》第三十二条")
                        .titledBy("designAccepted", Map.of("true", "安全设施设计审查受理通知书", "false", "安全设施设计审查不予受理通知书")),
                DocumentType.of("DESIGN_EXTENSION", "延长审查期限审批", "extensionReason", "extensionApproved", "extensionOpinion",
                        "designDecisionDueDate").internal(),
                DocumentType.of("DESIGN_REVIEW", "建设项目安全设施设计审查意见书",
                        "projectName", "designApproved", "designReviewReason", "designRefusalGrounds", "reviewExperts", "expertOpinion", "reviewOpinion").numbered("应急设审")
                        .basis("《建设项目安全设施“三同时”监督管理办法》，《中华人民共和国行政许可法》第三十八条"),
                DocumentType.of("SITE_CHECK", "施工现场检查记录", "checkedAt", "inspectors", "builtToDesign", "checkFindings"),
                DocumentType.of("STOP_ORDER", "责令停止施工通知书", "projectName", "checkFindings", "inspectors", "checkedAt").numbered("应急停建")
                        .basis("《中华人民共和国安全生产法》第三十一条、第六十五条第一款第（三）项，《建设项目安全设施“三同时”监督管理办法》").contestable(),
                DocumentType.of("RECTIFICATION_REPORT", "停工整改情况报告", "rectificationReport").submitted(),
                DocumentType.of("SITE_RECHECK", "复查意见", "recheckedAt", "recheckInspectors", "recheckPassed", "recheckOpinion"),
                DocumentType.of("CONSTRUCTION_REPORT", "施工情况报告", "constructionOutcome", "constructionSummary",
                        "constructionCompletedAt", "majorChangeDescription").submitted(),
                DocumentType.of("TRIAL_RUN_PLAN", "试运行方案", "trialRunStartsOn", "trialRunDays", "trialRunEndsAt", "trialRunPlanSummary").submitted(),
                DocumentType.of("TRIAL_RUN_REPORT", "试运行情况（延期）报告", "trialRunOutcome", "trialRunSummary",
                        "trialRunExtensionDays", "trialRunExtensionReason", "trialRunEndsAt").submitted(),
                DocumentType.of("COMPLETION_ACCEPTANCE", "安全验收评价报告及竣工验收报告",
                        "acceptanceEvaluationAgency", "acceptanceEvaluationQualification", "acceptanceEvaluationReportNumber",
                        "acceptedAt", "acceptanceReport", "acceptancePassed").submitted(),
                DocumentType.of("OCCUPATIONAL_PRE_EVALUATION", "职业病危害预评价报告",
                        "occupationalHazardClass", "occupationalPreEvaluationReportNumber", "occupationalPreEvaluationSummary").submitted(),
                DocumentType.of("OCCUPATIONAL_ACCEPTANCE", "职业病危害控制效果评价和防护设施验收",
                        "controlEffectReportNumber", "occupationalAcceptedAt", "occupationalAcceptanceSummary", "occupationalPublishedAt").submitted(),
                DocumentType.of("SPOT_CHECK_DRAW", "竣工验收抽查抽签记录",
                        "spotCheckSeed", "spotCheckPercent", "spotCheckTicket", "spotCheckSelected", "spotCheckDrawRecord").internal(),
                DocumentType.of("SPOT_CHECK_OPINION", "竣工验收抽查意见", "spotCheckedAt", "spotCheckInspectors", "spotCheckPassed",
                        "spotCheckOpinion"),
                DocumentType.of("ENFORCEMENT_REFERRAL", "未同时投入使用移送查处（安全生产法第九十八条）",
                        "spotCheckOpinion", "referralHandling", "enforcementCaseNumber").internal());
    }
}
