package org.safetyflow.enforcement;

import java.util.List;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.springframework.stereotype.Component;

/** The 文书 of a joint-enforcement case (15号令; 安全生产法第六十五条、第六十七条), each with the case variables it is made of. */
@Component
class EnforcementDocuments implements DocumentTypes {

    @Override
    public String processKey() {
        return EnforcementInputs.PROCESS_KEY;
    }

    @Override
    public List<DocumentType> types() {
        return List.of(
                DocumentType.of("SAMPLE_LIST", "抽查名单", "randomSeed", "sampledEnterprises", "inspectorAssignments").internal(),
                DocumentType.of("SPOT_CHECK_PLAN", "抽查计划", "planName", "jurisdiction", "departmentsText", "industry", "sampleSize",
                        "checklistText", "inspectionsFrom", "inspectionsUntil", "planDescription", "planApproved", "planApprovalOpinion").internal(),
                DocumentType.of("INSPECTION_RECORD", "现场检查记录", "enterpriseCreditCode", "enterpriseName", "inspectedAt",
                        "presentInspectors", "refused", "refusalCircumstances", "checklistResults", "findings", "findingsDescription",
                        "rectificationDueDate", "onSiteMeasures", "attachmentIds"),
                DocumentType.of("RECTIFICATION_ORDER", "责令限期整改指令书", "enterpriseCreditCode", "enterpriseName", "inspectedAt",
                        "findingsDescription", "rectificationDueDate").numbered("应急责改").basis("《中华人民共和国安全生产法》第六十五条第一款第（二）项、第（三）项").contestable(),
                DocumentType.of("EXTENSION_REPLY", "延期申请答复", "enterpriseCreditCode", "enterpriseName", "extensionReason",
                        "requestedDueDate", "extensionGranted", "extensionReply", "rectificationDueDate").to("enterpriseName"),
                DocumentType.of("RECHECK_OPINION", "整改复查意见书", "enterpriseCreditCode", "enterpriseName", "rectificationReport",
                        "rectificationDueDate", "recheckedAt", "recheckInspectors", "recheckPassed", "recheckOpinion").numbered("应急复查"),
                DocumentType.of("ON_SITE_MEASURES", "现场处理措施决定书", "enterpriseCreditCode", "enterpriseName", "inspectedAt",
                        "findingsDescription", "onSiteMeasures", "hazardCaseNumber").numbered("应急现决").basis("《中华人民共和国安全生产法》第六十五条第一款第（三）项").contestable(),
                DocumentType.of("INSPECTION_RESULT", "检查结果", "enterpriseCreditCode", "enterpriseName", "inspectedAt", "findings"),
                DocumentType.of("PENALTY_REFERRAL", "移交法制机构立案", "enterpriseCreditCode", "enterpriseName", "caseSource",
                        "violationFacts", "referralOpinion", "penaltyCaseNumber").internal(),
                DocumentType.of("RESULTS_NOTICE", "检查结果公示", "noticeTitle", "noticeBody", "noticeApproved", "signOffOpinion")
                        .numbered("应急公").toThePublic());
    }
}
