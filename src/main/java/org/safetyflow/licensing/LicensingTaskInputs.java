package org.safetyflow.licensing;

import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.futureDateTime;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.FieldType.codeList;
import static org.safetyflow.input.InputSpec.isAbsent;
import static org.safetyflow.input.InputSpec.requiredWhen;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.disclosure.NoticeSignOff;
import org.safetyflow.input.InputSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the steps of a licensing case record (行政许可法第三十二条、第三十四条、第三十八条、第四十四条、第四十七条、第四十八条). */
@Configuration
class LicensingTaskInputs {

    static final List<String> HEARING_GROUNDS = List.copyOf(LicensingHearings.GROUNDS.keySet());
    static final List<String> DELIVERY_METHODS = List.of("IN_PERSON", "POST", "ELECTRONIC");

    @Bean
    InputSpec licensingAcceptance() {
        return task("Task_Accept")
                .required("acceptanceDecision", "受理结论", oneOf(List.of("ACCEPT", "CORRECTION", "REJECT")))
                .required("acceptanceOpinion", "受理意见", text(4000))
                .optional("missingItems", "须补正的全部材料", text(4000))
                .rule(requiredWhen(v -> "CORRECTION".equals(v.get("acceptanceDecision")), "missingItems",
                        "要求补正的，须一次告知须补正的全部材料（missingItems）"));
    }

    @Bean
    InputSpec licensingReview() {
        return task("Task_Review")
                .required("siteCheckedAt", "现场核查时间", pastDateTime())
                .required("siteCheckInspectors", "现场核查人员（至少两名）", nameList(10, 50))
                .required("siteCheckFindings", "现场核查情况", text(4000))
                .required("reviewOpinion", "审查意见", text(4000))
                .optional("proposedDecision", "拟办意见", oneOf(List.of("GRANTED", "REFUSED")))
                .optional("expertReviewRequested", "需专家评审或检测检验", flag())
                .optional("expertReviewScope", "专家评审（检测检验）事项", text(2000))
                .optional("hearingRequired", "需告知申请人听证权利", flag())
                .optional("hearingGround", "听证依据", oneOf(HEARING_GROUNDS))
                .optional("hearingMatters", "听证事项", text(2000))
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("expertReviewRequested")), "expertReviewScope",
                        "请写明「专家评审（检测检验）事项」（expertReviewScope），并书面告知申请人所需时间"))
                .rule(values -> Boolean.TRUE.equals(values.get("expertReviewRequested")) && Boolean.TRUE.equals(values.get("hearingRequired"))
                        ? "专家评审（检测检验）与听证不能同时提请：专家评审后重新审查时再决定是否告知听证权利" : null)
                .rule(requiredWhen(LicensingTaskInputs::hearingRequired, "hearingGround", "告知听证权利的，请选择「听证依据」（hearingGround）"))
                .rule(requiredWhen(LicensingTaskInputs::hearingRequired, "hearingMatters", "告知听证权利的，请写明「听证事项」（hearingMatters）"))
                .rule(requiredWhen(v -> !Boolean.TRUE.equals(v.get("expertReviewRequested")), "proposedDecision",
                        "请填写「拟办意见」（proposedDecision）"))
                .rule(values -> values.get("siteCheckInspectors") instanceof List<?> names && names.size() < 2
                        ? "现场核查应当由两名以上工作人员进行（行政许可法第三十四条）" : null);
    }

    @Bean
    InputSpec licensingExpertReview() {
        return task("Task_ExpertReview")
                .required("expertNames", "评审专家（检测检验机构）", text(1000))
                .required("expertOpinion", "专家评审（检测检验）意见", text(4000));
    }

    @Bean
    InputSpec licensingRenewalConsent() {
        return task("Task_Consent")
                .required("renewalConsent", "是否同意延期", flag())
                .required("consentOpinion", "意见", text(2000));
    }

    @Bean
    InputSpec licensingDecision() {
        return task("Task_Decide")
                .optional("hearingRequired", "决定前先行告知听证权利", flag())
                .optional("hearingGround", "听证依据", oneOf(HEARING_GROUNDS))
                .optional("hearingMatters", "听证事项", text(2000))
                .optional("licensingDecision", "许可决定", oneOf(List.of("GRANTED", "REFUSED")))
                .optional("decisionReason", "决定理由", text(4000))
                .rule(values -> hearingRequired(values) && Boolean.TRUE.equals(values.get("hearingOffered"))
                        ? "本案已告知申请人听证权利，应当根据听证笔录（或申请人放弃听证后的材料）作出决定，不再重复告知" : null)
                .rule(values -> hearingRequired(values) && values.get("licensingDecision") != null
                        ? "先行告知听证权利的，暂不作出许可决定：听证程序结束后再决定" : null)
                .rule(requiredWhen(LicensingTaskInputs::hearingRequired, "hearingGround", "先行告知听证权利的，请选择「听证依据」（hearingGround）"))
                .rule(requiredWhen(LicensingTaskInputs::hearingRequired, "hearingMatters", "先行告知听证权利的，请写明「听证事项」（hearingMatters）"))
                .rule(requiredWhen(v -> !hearingRequired(v), "licensingDecision", "缺少必填项「许可决定」（licensingDecision）"))
                .rule(requiredWhen(v -> !hearingRequired(v), "decisionReason", "缺少必填项「决定理由」（decisionReason）"))
                .rule(values -> "GRANTED".equals(values.get("licensingDecision")) && Boolean.FALSE.equals(values.get("gatesPassed"))
                        ? "前置条件未全部通过，不能准予许可：\n" + values.get("gatesText") : null);
    }

    @Bean
    InputSpec licensingCorrection() {
        return task("Task_SubmitCorrection")
                .optional("correctedMaterials", "本次补正的材料", codeList(LicensingMaterial.codes(List.of(LicensingMaterial.values()))))
                .optional("correctionMaterials", "补正的其他材料或内容", text(4000))
                .optional("correctionNote", "补正说明", text(2000))
                .rule(values -> isAbsent(values.get("correctionMaterials"))
                        && (!(values.get("correctedMaterials") instanceof List<?> ticked) || ticked.isEmpty())
                        ? "请勾选本次补正的材料，或写明补正的其他材料或内容" : null);
    }

    @Bean
    InputSpec licensingHearingNotice() {
        return task("Task_HearingNotice")
                .required("hearingNoticeServedAt", "听证告知书送达时间", pastDateTime())
                .required("hearingNoticeMethod", "送达方式", oneOf(DELIVERY_METHODS));
    }

    @Bean
    InputSpec licensingHearingRequest() {
        return task("Task_HearingRequest")
                .required("hearingRequested", "申请听证", flag())
                .optional("hearingRequestNote", "听证申请（放弃听证）说明", text(2000));
    }

    /** 许可法第四十七条、第四十八条: within 20 days of the request, 7 days' notice, a chair who did not review the application. */
    @Bean
    InputSpec licensingHearingArrangement(TimeLimits limits) {
        return task("Task_HearingArrange")
                .required("hearingChair", "听证主持人（用户名）", text(64))
                .required("hearingAt", "听证时间", futureDateTime())
                .required("hearingPlace", "听证地点", text(200))
                .required("hearingNotifiedAt", "举行听证通知书送达时间", pastDateTime())
                .rule(values -> LicensingHearings.HearingChair.check((String) values.get("hearingChair"), values.get("reviewedBy")))
                .rule(values -> values.get("hearingDueDate") instanceof Date due && values.get("hearingAt") instanceof Date at && at.after(due)
                        ? "听证应当在申请人提出申请之日起二十日内举行（行政许可法第四十七条），即不晚于" + CalendarDays.chinese(due) : null)
                .rule(values -> values.get("hearingNotifiedAt") instanceof Date notified && values.get("hearingAt") instanceof Date at
                        && CalendarDays.dayOf(at).isBefore(CalendarDays.dayOf(limits.after("licensing.hearing-notice", notified)))
                        ? "应当于举行听证的七日前将时间、地点通知申请人（行政许可法第四十八条）：按通知送达时间，听证最早于"
                                + CalendarDays.chinese(limits.after("licensing.hearing-notice", notified)) + "举行" : null);
    }

    @Bean
    InputSpec licensingHearingRecord() {
        return task("Task_HearingRecord")
                .required("hearingHeldAt", "听证举行时间", pastDateTime())
                .required("hearingParticipants", "听证参加人", text(1000))
                .required("hearingRecord", "听证笔录", text(8000))
                .optional("hearingRecordNote", "笔录确认签字情况", text(1000));
    }

    @Bean
    InputSpec licensingDeemedRenewalDelivery() {
        return delivery("Task_DeliverDeemedRenewal");
    }

    @Bean
    InputSpec licensingDelivery() {
        return delivery("Task_Deliver");
    }

    @Bean
    InputSpec licensingRefusalDelivery() {
        return delivery("Task_DeliverRefusal");
    }

    private static InputSpec delivery(String taskKey) {
        return task(taskKey)
                .required("deliveredAt", "送达时间", pastDateTime())
                .required("deliveryMethod", "送达方式", oneOf(DELIVERY_METHODS))
                .optional("deliveryNote", "送达回证说明", text(1000));
    }

    @Bean
    InputSpec licensingPublicationSignOff() {
        return NoticeSignOff.spec(LicensingInputs.PROCESS_KEY, "Task_PublishLicence");
    }

    private static boolean hearingRequired(Map<String, Object> values) {
        return Boolean.TRUE.equals(values.get("hearingRequired"));
    }

    private static InputSpec task(String taskKey) {
        return InputSpec.task(LicensingInputs.PROCESS_KEY, taskKey);
    }

}
