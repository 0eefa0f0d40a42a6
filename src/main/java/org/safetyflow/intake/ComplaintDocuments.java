package org.safetyflow.intake;

import java.util.List;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.springframework.stereotype.Component;

/**
 * The 文书 of a 12350 report (安全生产法第七十三条: a report is verified and answered, one outside the department's duties
 * passed on): the notice of the acceptance decision — 受理, 不予受理 (with its reason) or 移送 — and the reply, each
 * addressed to the reporter by name where the reader may see it (an anonymous report's: 举报人).
 */
@Component
class ComplaintDocuments implements DocumentTypes {

    private static final String BASIS = "《中华人民共和国安全生产法》第七十三条";

    @Override
    public String processKey() {
        return ComplaintIntakeInputs.PROCESS_KEY;
    }

    @Override
    public List<DocumentType> types() {
        return List.of(
                DocumentType.of("ACCEPTANCE_NOTICE", "举报受理告知书", "reportedAt", "reportChannel", "reportCategory", "enterpriseName",
                        "acceptanceReason").numbered("应急举受").to("reporterName").basis(BASIS),
                DocumentType.of("REJECTION_NOTICE", "举报不予受理告知书", "reportedAt", "reportChannel", "reportCategory", "enterpriseName",
                        "acceptanceReason").numbered("应急举不受").to("reporterName").basis(BASIS),
                DocumentType.of("TRANSFER_NOTICE", "举报移送告知书", "reportedAt", "reportChannel", "reportCategory", "enterpriseName", "transferTo",
                        "acceptanceReason").numbered("应急举移").to("reporterName").basis(BASIS),
                DocumentType.of("REPLY", "举报答复书", "reportedAt", "reportCategory", "enterpriseName", "replyToReporter")
                        .numbered("应急举复").to("reporterName").basis(BASIS));
    }
}
