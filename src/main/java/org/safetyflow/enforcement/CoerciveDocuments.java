package org.safetyflow.enforcement;

import java.util.List;
import org.safetyflow.casefile.DocumentType;
import org.safetyflow.casefile.DocumentTypes;
import org.springframework.stereotype.Component;

/** The 文书 of a 行政强制措施 case, each with the case variables it is made of. */
@Component
class CoerciveDocuments implements DocumentTypes {

    @Override
    public String processKey() {
        return CoerciveInputs.PROCESS_KEY;
    }

    @Override
    public List<DocumentType> types() {
        return List.of(
                DocumentType.of("APPROVAL", "行政强制措施审批表", "measureType", "measureFacts", "legalBasis", "seizedItems", "approved",
                        "approvalOpinion").internal(),
                DocumentType.of("SITE_RECORD", "现场笔录", "officers", "implementedAt", "siteRecord", "partySigned", "witness"),
                DocumentType.of("SEIZURE_DECISION", "查封扣押决定书", "decisionNumber", "measureType", "measureFacts", "legalBasis",
                        "periodEndsAt", "decisionServedAt").numberedIn("decisionNumber").basis("《中华人民共和国安全生产法》第六十五条第一款第（四）项，《中华人民共和国行政强制法》第二十四条").contestable(),
                DocumentType.of("SEIZURE_LIST", "查封扣押清单", "decisionNumber", "itemsList"),
                DocumentType.of("DELIVERY", "送达回证", "decisionServedAt", "deliveryMethod").to("enterpriseName"),
                DocumentType.of("EX_POST_APPROVAL", "当场实施行政强制措施补办批准", "urgentReason", "exPostApproved", "exPostOpinion",
                        "exPostDueDate", "exPostOverdue").internal(),
                DocumentType.of("EX_POST_OVERDUE", "当场实施行政强制措施补办批准逾期督办记录", "urgentReason", "implementedAt", "exPostDueDate",
                        "exPostOverdueAt", "overdueAction").internal(),
                DocumentType.of("EXTENSION_NOTICE", "延长查封扣押期限通知书", "decisionNumber", "measureType", "extensionDays", "extensionOpinion",
                        "extensionNoticeServedAt", "periodEndsAt").numbered("应急延扣").basis("《中华人民共和国行政强制法》第二十五条").contestable(),
                DocumentType.of("HANDLING", "查封扣押处理决定", "handling", "handlingReason", "penaltyCaseNumber", "transferredTo").internal(),
                DocumentType.of("LIFT_DECISION", "解除查封扣押决定书", "liftNumber", "decisionNumber", "measureType", "liftReason", "liftedAt",
                        "returnRecord").numberedIn("liftNumber").basis("《中华人民共和国行政强制法》第二十八条"),
                DocumentType.of("SUPPLY_NOTICE", "停止供电（停止供应民用爆炸物品）通知书", "supplyNoticeNumber", "measureType", "measureFacts",
                        "legalBasis", "supplier", "supplyNoticeServedAt", "supplyActionNotBefore").numberedIn("supplyNoticeNumber").contestable(),
                DocumentType.of("SUPPLY_DELIVERY", "送达回证", "supplyNoticeServedAt", "deliveryMethod"),
                DocumentType.of("SUPPLY_STOP", "停止供应执行记录（现场笔录）", "supplierNotifiedAt", "supplyStoppedAt", "officers", "stopRecord"),
                DocumentType.of("LIFTING_APPLICATION", "解除申请", "complianceReport", "appliedAt").submitted(),
                DocumentType.of("RECHECK", "复查意见书", "complied", "recheckers", "recheckOpinion"),
                // To the supplier, which resumes: the unit it supplies and the notice that stopped it named in the wording.
                DocumentType.of("SUPPLY_LIFT", "解除停止供电（停止供应民用爆炸物品）通知书", "liftNumber", "liftedAt", "supplier",
                        "enterpriseName", "supplyNoticeNumber", "measureType").numberedIn("liftNumber").to("supplier"));
    }
}
