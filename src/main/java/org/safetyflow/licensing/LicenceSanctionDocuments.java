package org.safetyflow.licensing;

import java.util.List;
import java.util.Map;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.springframework.stereotype.Component;

/** The 文书 of a 暂扣/吊销 case, each with the case variables it is made of. */
@Component
class LicenceSanctionDocuments implements DocumentTypes {

    @Override
    public String processKey() {
        return LicenceSanctionInputs.PROCESS_KEY;
    }

    @Override
    public List<DocumentType> types() {
        return List.of(
                DocumentType.of("PROPOSAL", "案件处理呈批表（拟处理意见）", "proposedSanction", "proposedSuspensionMonths", "sanctionFacts",
                        "legalBasis", "hearingRight").internal(),
                // The same 文号 register as an administrative penalty's notices (应急罚告, 应急听通): one authority, one kind of 文书.
                DocumentType.of("PENALTY_NOTICE", "行政处罚告知书（听证告知书）", "proposedSanction", "proposedSuspensionMonths", "sanctionFacts",
                        "legalBasis", "hearingRight", "noticeServedAt", "noticeDeliveryMethod", "statementDueDate").numbered("应急罚告")
                        .basis("《安全生产许可证条例》第十四条，《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条")
                        .titledBy("hearingRight", Map.of("true", "行政处罚听证告知书", "false", "行政处罚告知书")),
                DocumentType.of("STATEMENT", "陈述申辩笔录（听证申请）", "statementMade", "statementSummary", "hearingRequested"),
                DocumentType.of("HEARING_NOTICE", "听证通知书", "hearingNoticeServedAt", "hearingAt", "hearingPlace", "hearingChair", "hearingChairText")
                        .numbered("应急听通").basis("《中华人民共和国行政处罚法》第六十四条"),
                DocumentType.of("HEARING_RECORD", "听证笔录", "hearingHeldAt", "hearingParticipants", "hearingRecord", "hearingOpinion"),
                DocumentType.of("DECISION", "暂扣（吊销）安全生产许可证决定书（不予行政处罚决定书）", "sanctionDecision", "suspensionMonths",
                        "decisionNumber", "decisionReason", "sanctionFacts", "legalBasis", "licenceNumber")
                        .titledBy("sanctionDecision", Map.of("SUSPEND", "暂扣安全生产许可证决定书", "REVOKE", "吊销安全生产许可证决定书",
                                "NO_SANCTION", "不予行政处罚决定书")).numberedIn("decisionNumber").contestable(),
                DocumentType.of("DELIVERY", "送达回证", "deliveredAt", "deliveryMethod", "deliveryNote").to("enterpriseName"));
    }
}
