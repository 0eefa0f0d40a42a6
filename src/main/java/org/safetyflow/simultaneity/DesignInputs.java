package org.safetyflow.simultaneity;

import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;
import static org.safetyflow.simultaneity.SimultaneityInputs.task;

import java.util.List;
import org.safetyflow.disclosure.NoticeSignOff;
import org.safetyflow.input.InputSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the 安全评价 and 安全设施设计 steps of a 三同时 case record (36号令第七条至第十七条). */
@Configuration
class DesignInputs {

    @Bean
    InputSpec simultaneitySafetyEvaluation() {
        return task("Task_SafetyEvaluation")
                .required("evaluationReportNumber", "报告编号", text(100))
                .required("evaluationConclusion", "评价（分析）结论及主要安全对策措施", text(4000))
                .required("evaluationCompletedAt", "报告完成时间", pastDateTime())
                .optional("evaluationAgency", "安全评价机构", text(200))
                .optional("evaluationAgencyQualification", "评价机构资质证书编号", text(100))
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("preEvaluationRequired")), "evaluationAgency",
                        "安全预评价须由具有相应资质的安全评价机构进行：请填写「安全评价机构」（evaluationAgency）"))
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("preEvaluationRequired")), "evaluationAgencyQualification",
                        "请填写「评价机构资质证书编号」（evaluationAgencyQualification）"));
    }

    @Bean
    InputSpec simultaneityConditionReview() {
        return task("Task_ConditionReview")
                .required("conditionApproved", "安全条件审查结论", flag())
                .required("conditionReviewOpinion", "审查意见", text(4000))
                .optional("conditionReviewNumber", "审查意见书文号", text(100))
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("conditionApproved")), "conditionReviewNumber",
                        "审查通过的，须填写「审查意见书文号」（conditionReviewNumber）"));
    }

    @Bean
    InputSpec simultaneityDesignOnRecord() {
        return task("Task_DesignOnRecord")
                .required("designUnit", "设计单位", text(200))
                .required("designUnitQualification", "设计单位资质证书编号", text(100))
                .required("designSelfReview", "建设单位自行审查意见", text(4000));
    }

    @Bean
    InputSpec simultaneityDesignApplication() {
        return task("Task_DesignApplication")
                .required("designUnit", "设计单位", text(200))
                .required("designUnitQualification", "设计单位资质证书编号", text(100))
                .required("designDocumentIds", "安全设施设计专篇（附件编号）", text(1000))
                .optional("preEvaluationAdviceResponse", "对安全预评价报告对策措施的采纳情况", text(4000))
                .optional("projectApprovalNumber", "立项审批、核准或备案文号", text(100))
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("preEvaluationRequired")), "preEvaluationAdviceResponse",
                        "请说明对安全预评价报告提出的安全对策措施的采纳情况（preEvaluationAdviceResponse）"));
    }

    @Bean
    InputSpec simultaneityDesignAcceptance() {
        return task("Task_DesignAcceptance")
                .required("designAccepted", "受理结论", flag())
                .required("acceptanceOpinion", "受理意见（不予受理的，一次告知须补正的全部内容）", text(4000));
    }

    @Bean
    InputSpec simultaneityDesignReview() {
        return task("Task_DesignReview")
                .required("reviewAction", "办理方式", oneOf(List.of("DECIDE", "REQUEST_EXTENSION")))
                .optional("reviewExperts", "审查专家", text(1000))
                .optional("expertOpinion", "专家组审查意见", text(4000))
                .optional("partiesQualified", "设计单位、安全评价机构具备相应资质", flag())
                .optional("meetsStandards", "设计符合有关法律法规和国家标准、行业标准", flag())
                .optional("preEvaluationAdviceHandled", "已采纳安全预评价对策措施（或已充分论证）", flag())
                .optional("reviewOpinion", "审查意见", text(4000))
                .optional("extensionReason", "延期理由", text(2000))
                .rule(values -> "DECIDE".equals(values.get("reviewAction")) ? missing(values,
                        "reviewExperts", "审查专家", "expertOpinion", "专家组审查意见", "partiesQualified", "资质审查结论",
                        "meetsStandards", "标准符合性结论", "reviewOpinion", "审查意见") : null)
                .rule(requiredWhen(v -> "DECIDE".equals(v.get("reviewAction")) && Boolean.TRUE.equals(v.get("preEvaluationRequired")),
                        "preEvaluationAdviceHandled", "请填写是否采纳安全预评价报告的对策措施（preEvaluationAdviceHandled）"))
                .rule(requiredWhen(v -> "REQUEST_EXTENSION".equals(v.get("reviewAction")), "extensionReason",
                        "申请延长审查期限须说明「延期理由」（extensionReason）"))
                .rule(values -> "REQUEST_EXTENSION".equals(values.get("reviewAction")) && Boolean.TRUE.equals(values.get("designReviewExtended"))
                        ? "审查期限已延长过一次，不能再次延长（《建设项目安全设施“三同时”监督管理办法》：延长不超过 10 个工作日）" : null);
    }

    @Bean
    InputSpec simultaneityExtensionApproval() {
        return task("Task_ExtensionApproval")
                .required("extensionApproved", "是否批准延长", flag())
                .required("extensionOpinion", "审批意见", text(2000));
    }

    @Bean
    InputSpec simultaneityReviewOverdue() {
        return task("Task_ReviewOverdue").required("overdueAction", "督办措施", text(2000));
    }

    @Bean
    InputSpec simultaneityDesignRefused() {
        return task("Task_DesignRefused")
                .required("reapply", "处理方式", flag())
                .optional("reapplyNote", "说明", text(2000));
    }

    @Bean
    InputSpec simultaneityDesignApprovalSignOff() {
        return NoticeSignOff.spec(SimultaneityInputs.PROCESS_KEY, "Task_PublishDesignApproval");
    }

    /** The first of the named fields (name, label pairs) left empty, as the message; null when all are there. */
    private static String missing(java.util.Map<String, Object> values, String... namesAndLabels) {
        for (int i = 0; i < namesAndLabels.length; i += 2) {
            if (InputSpec.isAbsent(values.get(namesAndLabels[i]))) {
                return "作出审查决定须填写「" + namesAndLabels[i + 1] + "」（" + namesAndLabels[i] + "）";
            }
        }
        return null;
    }
}
