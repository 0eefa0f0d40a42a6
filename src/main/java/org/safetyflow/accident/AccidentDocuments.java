package org.safetyflow.accident;

import java.util.List;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.springframework.stereotype.Component;

/** The 文书 of 生产安全事故调查处理, each with the case variables it is made of; the model names the code only. */
@Component
class AccidentDocuments implements DocumentTypes {

    @Override
    public String processKey() {
        return AccidentInputs.PROCESS_KEY;
    }

    @Override
    public List<DocumentType> types() {
        return List.of(
                DocumentType.of("ACCIDENT_INFO_REPORT", "事故信息报告",
                        "reportLevel", "reportedUpAt", "reportRecipient", "notifiedGovernment", "notifiedPolice",
                        "notifiedHumanResources", "notifiedUnion", "notifiedProcuratorate"),
                // From the 安全生产委员会 that lists it to the government that investigates, both by name.
                DocumentType.of("SUPERVISION_NOTICE", "事故查处挂牌督办通知书",
                        "supervisingJurisdiction", "investigatingGovernment", "accidentName", "occurredAt",
                        "supervisionLevelLabel", "supervisionItems", "supervisionDeadline", "supervisionLifting").numbered("安委办督").issuedBy("安全生产委员会").issuedIn("supervisingJurisdiction")
                        .to("investigatingGovernment").basis("《生产安全事故报告和调查处理条例》第十九条，安委〔2010〕6号"),
                DocumentType.of("INVESTIGATION_TEAM", "成立事故调查组通知",
                        "teamLeader", "teamMembers", "teamUnits", "prosecutorInvited", "expertsInvited"),
                DocumentType.of("NO_CONFLICT_DECLARATION", "调查组成员无利害关系声明", "member", "noConflict", "declarationNote").internal(),
                DocumentType.of("INVESTIGATION_STEP", "调查进展和调查报告稿",
                        "investigationStep", "progressNote", "transferNote", "companyOverview", "accidentProcess",
                        "casualtiesAndLosses", "causesAndNature", "responsibility", "preventiveMeasures",
                        "handlingProposals", "technicalSpecial").internal(),
                DocumentType.of("EXTENSION_DECISION", "延长事故调查期限批复", "extensionApproved", "extensionDays", "extensionReason"),
                DocumentType.of("TECHNICAL_APPRAISAL", "技术鉴定报告", "appraisalConclusion", "appraisalReportId"),
                DocumentType.of("JUDICIAL_TRANSFER", "涉嫌犯罪移送司法机关记录", "transferNote").internal(),
                DocumentType.of("OVERDUE_SUPERVISION", "调查报告逾期督办记录", "overdueAction").internal(),
                DocumentType.of("REPORT_SIGNATURE", "调查报告签名", "member", "agree", "dissent").internal(),
                DocumentType.of("SUPERVISOR_REVIEW", "调查报告审核意见", "supervisorApproved", "supervisorOpinion").internal(),
                DocumentType.of("REPLY", "事故调查报告批复", "replyDecision", "replyNumber", "replyOpinion", "replyExtensionDays",
                        "licenceSanctionProposed", "sanctionLicenceNumber", "licenceSanctionProposal"),
                DocumentType.of("ACCOUNTABILITY", "责任追究落实情况", "proposal", "accountabilityResult", "accountabilityDocument"),
                DocumentType.of("HANDOVER", "提级调查移交记录", "newTeamLeader", "handoverNote").internal(),
                DocumentType.of("CASUALTY_UPDATE", "事故补报",
                        "oldDeaths", "newDeaths", "oldSeriousInjuries", "newSeriousInjuries", "oldDirectEconomicLossYuan",
                        "newDirectEconomicLossYuan", "withinWindow", "windowDays", "reason"));
    }
}
