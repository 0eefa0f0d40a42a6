package org.safetyflow.enforcement;

import java.util.Map;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/** What a 行政强制措施 case's own variables are called and the names of its codes. */
@Component
class CoerciveTerms implements CaseTerms {

    @Override
    public String processKey() {
        return CoerciveInputs.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.ofEntries(Map.entry("openedAt", "立案时间"), Map.entry("seizureMeasure", "属于查封、扣押"),
                Map.entry("approvedBy", "批准的负责人"), Map.entry("approvedAt", "批准时间"), Map.entry("implementedBy", "实施登记人"),
                Map.entry("periodEndsAt", "查封、扣押期限届满"), Map.entry("handlingDueDate", "处理决定期限"),
                Map.entry("exPostDueDate", "补办批准期限"), Map.entry("exPostApprovedBy", "补办批准的负责人"),
                Map.entry("exPostDecidedAt", "补办批准时间"),
                Map.entry("exPostOverdue", "超过24小时未补办批准"), Map.entry("exPostOverdueAt", "补办批准逾期记录时间"), Map.entry("handledBy", "处理决定登记人"), Map.entry("disposal", "处理结果"),
                Map.entry("disposalText", "处理结果说明"), Map.entry("extensionRequestedAt", "申请延长时间"),
                Map.entry("extensionCount", "延长期限次数"), Map.entry("extensions", "延长期限记录"), Map.entry("expiredAt", "期限届满时间"),
                Map.entry("liftReason", "解除原因"), Map.entry("liftReasonLabel", "解除原因说明"), Map.entry("liftedBy", "解除的负责人"),
                Map.entry("supplyActionNotBefore", "最早可停止供应时间"), Map.entry("recheckedBy", "复查登记人"),
                Map.entry("supplyLiftDueDate", "解除期限"));
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        Map<String, String> methods = Map.of("IN_PERSON", "直接送达", "POST", "邮寄送达", "ELECTRONIC", "电子送达", "LEFT_AT_RESIDENCE", "留置送达");
        return Map.of("measureType", CoerciveSteps.MEASURES, "deliveryMethod", methods,
                "handling", Map.of("LIFT", "解除", "CONFISCATE", "没收（依行政处罚决定）", "TRANSFER", "移送", "EXTEND", "申请延长期限"),
                "disposal", Map.of("CONFISCATED", "没收", "TRANSFERRED", "移送"),
                "liftReason", Map.of("NOT_APPROVED", "补办批准未获批准", "NO_LONGER_NEEDED", "不再需要", "EXPIRED", "期限届满"));
    }
}
