package org.safetyflow.intake;

import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.pattern;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;

import java.util.List;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a 12350 report must carry to be registered, and what each step of its handling records. */
@Configuration
class ComplaintIntakeInputs {

    static final String PROCESS_KEY = "complaint-intake";

    @Bean
    InputSpec complaintIntakeStart(JurisdictionDirectory jurisdictions) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(jurisdictions::isKnown))
                .required("reportChannel", "举报渠道", oneOf(List.of("HOTLINE_12350", "ONLINE", "LETTER", "VISIT")))
                .required("reportedAt", "举报时间", pastDateTime())
                .required("reportCategory", "举报类别",
                        oneOf(List.of("MAJOR_HAZARD", "VIOLATION", "ACCIDENT_CONCEALMENT", "OTHER")))
                .required("enterpriseName", "被举报单位名称", text(200))
                .optional("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("description", "举报内容", text(4000))
                .optional("anonymous", "匿名举报", flag())
                .optional("reporterName", "举报人姓名", text(50))
                .optional("reporterPhone", "联系电话", pattern("[0-9+\\-() ]{5,20}", "电话号码"));
    }

    @Bean
    InputSpec complaintAcceptance() {
        return InputSpec.task(PROCESS_KEY, "Task_Accept")
                .required("acceptance", "受理意见", oneOf(List.of("ACCEPT", "TRANSFER", "REJECT")))
                .optional("acceptanceReason", "不予受理或移送的理由", text(1000))
                .optional("transferTo", "移送单位", text(200))
                .rule(values -> !"ACCEPT".equals(values.get("acceptance")) && values.get("acceptanceReason") == null
                        ? "不予受理或移送时，必须填写理由（acceptanceReason）" : null)
                .rule(values -> "TRANSFER".equals(values.get("acceptance")) && values.get("transferTo") == null
                        ? "移送时，必须填写移送单位（transferTo）" : null);
    }

    static final String UNREGISTERED = "转办须被举报单位为已登记的企业：该举报未填写统一社会信用代码，或该代码的企业尚未登记（请先在企业名录中登记）";

    /** 核实, and the hand-over of a report found true ({@link ComplaintHandOver}). */
    @Bean
    InputSpec complaintVerification(Enterprises enterprises) {
        return InputSpec.task(PROCESS_KEY, "Task_Verify")
                .required("verificationResult", "核实结论",
                        oneOf(List.of("SUBSTANTIATED", "PARTIALLY_SUBSTANTIATED", "UNSUBSTANTIATED")))
                .required("verificationFindings", "核实情况", text(4000))
                .optional("measuresTaken", "处理措施", text(4000))
                .optional("rewardRecommended", "建议给予举报奖励", flag())
                .optional("handOverHazard", "转重大事故隐患挂牌督办", flag())
                .optional("handOverPenalty", "转立案查处", flag())
                .optional("violationFacts", "涉嫌违法事实", text(4000))
                .rule(values -> handsOver(values) && "UNSUBSTANTIATED".equals(values.get("verificationResult"))
                        ? "举报不属实的，不能转重大事故隐患挂牌督办或转立案查处" : null)
                .rule(requiredWhen(values -> Boolean.TRUE.equals(values.get("handOverPenalty")), "violationFacts",
                        "转立案查处的，须写明「涉嫌违法事实」（violationFacts）"))
                .rule(values -> handsOver(values) && !(values.get("enterpriseCreditCode") instanceof String code
                        && enterprises.find(code).isPresent()) ? UNREGISTERED : null);
    }

    private static boolean handsOver(java.util.Map<String, Object> values) {
        return Boolean.TRUE.equals(values.get("handOverHazard")) || Boolean.TRUE.equals(values.get("handOverPenalty"));
    }

    @Bean
    InputSpec complaintClosing() {
        return InputSpec.task(PROCESS_KEY, "Task_Close")
                .required("replyToReporter", "答复举报人内容", text(4000));
    }

    @Bean
    InputSpec complaintOverdueSupervision() {
        return InputSpec.task(PROCESS_KEY, "Task_Overdue")
                .required("supervisionOpinion", "督办意见", text(2000));
    }
}
