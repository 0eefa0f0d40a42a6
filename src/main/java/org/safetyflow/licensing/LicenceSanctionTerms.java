package org.safetyflow.licensing;

import java.util.Map;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/** What a 暂扣/吊销 case's own variables are called and the names of its codes. */
@Component
class LicenceSanctionTerms implements CaseTerms {

    @Override
    public String processKey() {
        return LicenceSanctionInputs.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.ofEntries(Map.entry("licenceType", "许可类别"), Map.entry("licenceValidUntil", "许可证有效期至"),
                Map.entry("licenceStatusAtOpening", "立案时许可证状态"),
                Map.entry("openedAt", "立案时间"), Map.entry("decisionDueDate", "处罚决定期限"),
                Map.entry("hearingSuspensionMonths", "须告知听证权利的暂扣期限（月）"), Map.entry("hearingRight", "享有听证权利"),
                Map.entry("proposedBy", "拟处理意见人"), Map.entry("statementDueDate", "陈述申辩（听证申请）期限"),
                Map.entry("statementLapsedAt", "陈述申辩期满时间"), Map.entry("hearingChair", "听证主持人（用户名）"),
                Map.entry("hearingChairOptions", "可指定的听证主持人"),
                Map.entry("hearingRecordDueDate", "听证笔录期限"), Map.entry("suspendedUntil", "暂扣至"),
                Map.entry("suspensionEndsAt", "发还许可证时间"), Map.entry("decision", "处理结果"),
                Map.entry("licenceStatusAfterSuspension", "暂扣期满后许可证状态"));
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        Map<String, String> methods = Map.of("IN_PERSON", "直接送达", "POST", "邮寄送达", "ELECTRONIC", "电子送达");
        return Map.of("licenceType", LicenceTypes.NAMES, "sanctionSource", LicenceSanctionOpening.SOURCES,
                "proposedSanction", LicenceSanctionSteps.SANCTIONS, "sanctionDecision", LicenceSanctionSteps.SANCTIONS,
                "decision", Map.of("SUSPENDED", "暂扣", "REVOKED", "吊销", "NOT_SANCTIONED", "不予行政处罚"),
                "noticeDeliveryMethod", methods, "deliveryMethod", methods,
                "licenceStatusAfterSuspension", LicenceRegister.STATUS_NAMES, "licenceStatusAtOpening", LicenceRegister.STATUS_NAMES);
    }
}
