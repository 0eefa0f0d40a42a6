package org.safetyflow.licensing;

import java.util.List;
import java.util.Map;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.springframework.stereotype.Component;

/** The 文书 of a licensing case, each with the case variables it is made of. */
@Component
class LicensingDocuments implements DocumentTypes {

    @Override
    public String processKey() {
        return LicensingInputs.PROCESS_KEY;
    }

    @Override
    public List<DocumentType> types() {
        return List.of(
                DocumentType.of("ACCEPTANCE_NOTICE", "受理通知书（补正材料通知书、不予受理决定书）",
                        "acceptanceDecision", "acceptanceOpinion", "missingItems", "acceptanceDueDate")
                        .titledBy("acceptanceDecision", Map.of("ACCEPT", "受理通知书", "CORRECTION", "补正材料通知书", "REJECT", "不予受理决定书")).numbered("应急许受").basis("《中华人民共和国行政许可法》第三十二条"),
                DocumentType.of("CORRECTION", "补正材料", "missingItems", "correctionMaterials", "correctionNote"),
                DocumentType.of("SITE_CHECK", "审查意见及现场核查记录",
                        "siteCheckedAt", "siteCheckInspectors", "siteCheckFindings", "reviewOpinion", "proposedDecision"),
                DocumentType.of("EXPERT_REVIEW", "专家评审（检测检验）意见及期限中止告知", "expertReviewScope", "expertNames", "expertOpinion",
                        "decisionDueDate"),
                DocumentType.of("HEARING_NOTICE", "听证告知书", "hearingGround", "hearingMatters", "hearingNoticeServedAt",
                        "hearingNoticeMethod", "hearingRequestDueDate").numbered("应急许听").basis("《中华人民共和国行政许可法》第四十七条"),
                DocumentType.of("HEARING_REQUEST", "听证申请书（放弃听证声明）", "hearingRequested", "hearingRequestNote", "hearingRequestDueDate").submitted(),
                DocumentType.of("HEARING_WAIVED", "视为放弃听证记录", "hearingRequestDueDate", "hearingWaiverReason"),
                DocumentType.of("HEARING_PAUSE", "许可期限中止告知书（听证）", "hearingRequestedAt", "hearingDueDate", "decisionDueDate")
                        .to("enterpriseName"),
                DocumentType.of("HEARING_ARRANGEMENT", "举行听证通知书", "hearingMatters", "hearingAt", "hearingPlace", "hearingChair",
                        "hearingNotifiedAt").to("enterpriseName"),
                DocumentType.of("HEARING_RECORD", "听证笔录", "hearingMatters", "hearingHeldAt", "hearingPlace", "hearingChair",
                        "hearingParticipants", "hearingRecord", "hearingRecordNote"),
                DocumentType.of("RENEWAL_CONSENT", "延续审查意见", "renewalTrackReason", "renewalConsent", "consentOpinion").internal(),
                DocumentType.of("AUDIT", "审核意见", "auditConclusion", "auditOpinion", "auditedBy").internal(),
                DocumentType.of("DECISION", "准予（不予）行政许可决定书", "licensingDecision", "decisionReason", "gatesText")
                        .titledBy("licensingDecision", Map.of("GRANTED", "准予行政许可决定书", "REFUSED", "不予行政许可决定书")).numbered("应急许决").basis("《中华人民共和国行政许可法》第三十八条").contestable(),
                DocumentType.of("DEEMED_RENEWAL", "视为准予延续决定", "licenceNumber", "licenceValidUntil", "deemedRenewalReason")
                        .to("enterpriseName"),
                DocumentType.of("DELIVERY", "送达回证", "deliveredAt", "deliveryMethod", "deliveryNote", "licenceNumber").to("enterpriseName"));
    }
}
