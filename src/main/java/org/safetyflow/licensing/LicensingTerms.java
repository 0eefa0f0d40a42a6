package org.safetyflow.licensing;

import java.util.LinkedHashMap;
import java.util.Map;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/** What a licensing case's own variables are called (contract §4, §9) and the names of its codes. */
@Component
class LicensingTerms implements CaseTerms {

    @Override
    public String processKey() {
        return LicensingInputs.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.ofEntries(Map.entry("acceptanceDueDate", "受理期限"), Map.entry("decisionDueDate", "许可决定期限"),
                Map.entry("decision", "办理结果"), Map.entry("renewalTrack", "延续方式"), Map.entry("renewalTrackReason", "延续方式的依据"),
                Map.entry("gateResults", "前置条件"), Map.entry("gatesPassed", "前置条件全部通过"), Map.entry("gatesText", "前置条件"),
                Map.entry("licenceValidUntil", "许可证有效期至"), Map.entry("withdrawnAt", "撤回时间"),
                Map.entry("correctionSubmittedAt", "补正材料提交时间"), Map.entry("reviewedBy", "审查人员（用户名）"),
                Map.entry("hearingOffered", "已告知听证权利"), Map.entry("hearingRequestDueDate", "听证申请期限"),
                Map.entry("hearingRequestedAt", "提出听证申请时间"), Map.entry("hearingDueDate", "听证举行期限"),
                Map.entry("hearingWaived", "放弃听证"), Map.entry("hearingWaiverReason", "放弃听证的情形"),
                Map.entry("licenceExpiresAt", "原许可证有效期届满时间"), Map.entry("deemedRenewal", "视为准予延续"),
                Map.entry("deemedRenewalReason", "视为准予延续的依据"),
                Map.entry("missingMaterials", "缺少的申请材料"), Map.entry("materialsText", "申请材料情况"),
                Map.entry("correctedMaterials", "本次补正的材料"));
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        Map<String, String> methods = Map.of("IN_PERSON", "直接送达", "POST", "邮寄送达", "ELECTRONIC", "电子送达");
        Map<String, String> decisions = Map.of("GRANTED", "准予许可", "REFUSED", "不予许可", "NOT_ACCEPTED", "不予受理", "WITHDRAWN", "申请人撤回");
        return Map.ofEntries(Map.entry("licenceType", LicenceTypes.NAMES), Map.entry("applicationType", Map.of("NEW", "新申请", "RENEWAL", "延续")),
                Map.entry("decision", decisions), Map.entry("licensingDecision", decisions), Map.entry("proposedDecision", decisions),
                Map.entry("acceptanceDecision", Map.of("ACCEPT", "予以受理", "CORRECTION", "一次告知补正", "REJECT", "不予受理")),
                Map.entry("renewalTrack", Map.of("FAST", "不再审查，经同意延期", "FULL", "全面审查")),
                Map.entry("hearingGround", LicensingHearings.GROUNDS),
                Map.entry("deliveryMethod", methods), Map.entry("hearingNoticeMethod", methods),
                Map.entry("submittedMaterials", materials()), Map.entry("missingMaterials", materials()),
                Map.entry("correctedMaterials", materials()));
    }

    private static Map<String, String> materials() {
        Map<String, String> names = new LinkedHashMap<>();
        for (LicensingMaterial item : LicensingMaterial.values()) {
            names.put(item.name(), item.label());
        }
        return names;
    }
}
