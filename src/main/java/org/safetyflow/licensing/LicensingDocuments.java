package org.safetyflow.licensing;

import java.util.List;
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
                        "acceptanceDecision", "acceptanceOpinion", "missingItems", "acceptanceDueDate"),
                DocumentType.of("SITE_CHECK", "审查意见及现场核查记录",
                        "siteCheckedAt", "siteCheckInspectors", "siteCheckFindings", "reviewOpinion", "proposedDecision"),
                DocumentType.of("EXPERT_REVIEW", "专家评审（检测检验）意见及期限中止告知", "expertReviewScope", "expertNames", "expertOpinion",
                        "decisionDueDate"),
                DocumentType.of("RENEWAL_CONSENT", "延续审查意见", "renewalTrackReason", "renewalConsent", "consentOpinion"),
                DocumentType.of("DECISION", "准予（不予）行政许可决定书", "licensingDecision", "decisionReason", "gatesText"),
                DocumentType.of("DELIVERY", "送达回证", "deliveredAt", "deliveryMethod", "deliveryNote", "licenceNumber"));
    }
}
