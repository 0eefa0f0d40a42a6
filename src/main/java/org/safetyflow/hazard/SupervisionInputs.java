package org.safetyflow.hazard;

import static org.safetyflow.input.FieldType.amountOfYuan;
import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.futureDateTime;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;

import java.util.Date;
import java.util.List;
import org.safetyflow.input.InputSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the steps under 挂牌督办 must carry: the 五落实 plan and its review, progress, on-site checks, the overdue ladder and 销号 application. */
@Configuration
class SupervisionInputs {

    @Bean
    InputSpec hazardPlan() {
        return task("Task_SubmitPlan")
                .required("planResponsiblePerson", "治理责任人", text(50))
                .required("planMeasures", "治理措施", text(4000))
                .required("planFundsYuan", "治理资金（元）", amountOfYuan())
                .required("planDeadline", "治理时限", futureDateTime())
                .required("planContingency", "应急预案", text(4000))
                .rule(values -> values.get("planFundsYuan") instanceof Double funds && funds <= 0
                        ? "「治理资金（元）」（planFundsYuan）应大于零" : null)
                .rule(values -> values.get("planDeadline") instanceof Date planned
                        && values.get("rectificationDeadline") instanceof Date deadline && planned.after(deadline)
                        ? "「治理时限」（planDeadline）不能晚于挂牌督办的整改期限（" + values.get("rectificationDeadlineText") + "）" : null);
    }

    @Bean
    InputSpec hazardPlanReview() {
        return task("Task_ReviewPlan")
                .required("planApproved", "方案审查结论", flag())
                .optional("planReviewOpinion", "审查意见", text(2000))
                .rule(values -> Boolean.FALSE.equals(values.get("planApproved")) && values.get("planReviewOpinion") == null
                        ? "退回治理方案时须写明理由（planReviewOpinion）" : null);
    }

    @Bean
    InputSpec hazardClosingApplication() {
        return task("Task_Rectify")
                .required("assessmentBy", "评估单位", oneOf(List.copyOf(HazardLabels.ASSESSORS.keySet())))
                .required("assessmentSummary", "治理评估结论", text(4000))
                .optional("assessmentReportId", "评估报告编号", text(100))
                .required("closingApplication", "销号（复产）申请", text(2000));
    }

    /** 停产整改期间不得复产: production resumes only after 销号 (安全生产法第六十五条). */
    @Bean
    InputSpec hazardProgressReport() {
        return task("Task_ProgressReport")
                .required("progressSummary", "治理进展", text(4000))
                .required("progressPercent", "完成比例（%）", count())
                .required("productionStatus", "生产状态", oneOf(List.copyOf(HazardLabels.PRODUCTION.keySet())))
                .rule(values -> values.get("progressPercent") instanceof Integer percent && percent > 100
                        ? "「完成比例（%）」不能超过 100" : null)
                .rule(values -> Boolean.TRUE.equals(values.get("shutdown")) && !"STOPPED".equals(values.get("productionStatus"))
                        ? "停产停业整改期间不得恢复生产：重大事故隐患须经复查销号后方可复产（安全生产法第六十五条）" : null);
    }

    @Bean
    InputSpec hazardOnSiteCheck() {
        return task("Task_OnSiteCheck")
                .required("checkedAt", "核查时间", pastDateTime())
                .required("checkFindings", "核查情况", text(4000));
    }

    @Bean
    InputSpec hazardInterview() {
        return task("Task_Interview")
                .required("interviewedAt", "约谈时间", pastDateTime())
                .required("interviewRecord", "约谈记录", text(4000));
    }

    @Bean
    InputSpec hazardEscalation() {
        return task("Task_EscalatedSupervision")
                .required("escalatedLevel", "提级督办层级", oneOf(List.copyOf(HazardLabels.LEVELS.keySet())))
                .required("escalationNote", "提级督办意见", text(2000));
    }

    @Bean
    InputSpec hazardEnforcementReferral() {
        return task("Task_EnforcementReferral")
                .required("enforcementDecision", "处理决定", oneOf(List.copyOf(HazardLabels.ENFORCEMENT.keySet())))
                .required("enforcementNote", "处理情况", text(4000))
                .optional("penaltyDecisionNumber", "处罚决定书文号", text(100));
    }

    private static InputSpec task(String taskKey) {
        return HazardInputs.task(taskKey);
    }
}
