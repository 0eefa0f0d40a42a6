package org.safetyflow.licensing;

import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;

import java.util.List;
import org.safetyflow.disclosure.NoticeSignOff;
import org.safetyflow.input.InputSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the steps of a licensing case record (行政许可法第三十二条、第三十四条、第三十八条、第四十四条). */
@Configuration
class LicensingTaskInputs {

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
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("expertReviewRequested")), "expertReviewScope",
                        "请写明「专家评审（检测检验）事项」（expertReviewScope），并书面告知申请人所需时间"))
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
                .required("licensingDecision", "许可决定", oneOf(List.of("GRANTED", "REFUSED")))
                .required("decisionReason", "决定理由", text(4000))
                .rule(values -> "GRANTED".equals(values.get("licensingDecision")) && Boolean.FALSE.equals(values.get("gatesPassed"))
                        ? "前置条件未全部通过，不能准予许可：\n" + values.get("gatesText") : null);
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
                .required("deliveryMethod", "送达方式", oneOf(List.of("IN_PERSON", "POST", "ELECTRONIC")))
                .optional("deliveryNote", "送达回证说明", text(1000));
    }

    @Bean
    InputSpec licensingPublicationSignOff() {
        return NoticeSignOff.spec(LicensingInputs.PROCESS_KEY, "Task_PublishLicence");
    }

    private static InputSpec task(String taskKey) {
        return InputSpec.task(LicensingInputs.PROCESS_KEY, taskKey);
    }

}
