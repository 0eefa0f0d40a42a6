package org.safetyflow.enforcement;

import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;

import java.util.Date;
import java.util.List;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.input.InputSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the execution of a 行政处罚决定 records beyond the payment: the 复查 of a 责令改正 (安全生产法第一百一十二条), the
 * enterprise's 复产申请 and the officers' 复产审查 (第六十五条第一款第三项; 16号令第二十三条), a 拒不执行停产停业整顿 (第七十条).
 */
@Configuration
class PenaltyExecutionInputs {

    @Bean
    InputSpec penaltyCorrectionRecheck() {
        return task("Task_CorrectionRecheck")
                .required("recheckedAt", "复查时间", pastDateTime())
                .required("recheckers", "复查的执法人员（至少两名）", nameList(10, 64))
                .required("corrected", "已按要求改正", flag())
                .required("recheckOpinion", "复查意见（整改复查意见书）", text(2000))
                .rule(atLeastTwo("recheckers", "复查"))
                .rule(v -> v.get("recheckedAt") instanceof Date at && v.get("correctionDueDate") instanceof Date due
                        && !CalendarDays.dayOf(at).isAfter(CalendarDays.dayOf(due))
                        ? "改正期限至" + CalendarDays.chinese(due) + "届满，复查应在期限届满之后（复查时间不能早于" + CalendarDays.chinese(CalendarDays.dayOf(due).plusDays(1)) + "）" : null);
    }

    @Bean
    InputSpec penaltyResumptionApplication() {
        return task("Task_ApplyResumption")
                .required("resumptionAppliedAt", "申请时间", pastDateTime())
                .required("resumptionReport", "整顿情况和恢复生产经营的申请", text(4000));
    }

    @Bean
    InputSpec penaltyResumptionReview() {
        return task("Task_ReviewResumption")
                .required("resumptionReviewedAt", "审查时间", pastDateTime())
                .required("resumptionReviewers", "审查的执法人员（至少两名）", nameList(10, 64))
                .required("resumptionAgreed", "同意恢复生产经营", flag())
                .required("resumptionOpinion", "审查意见（不同意的，写明理由和须继续整顿的事项）", text(4000))
                .rule(atLeastTwo("resumptionReviewers", "复产审查"))
                .rule(v -> v.get("resumptionReviewedAt") instanceof Date reviewed && v.get("resumptionAppliedAt") instanceof Date applied
                        && reviewed.before(applied) ? "审查时间不能早于企业提出申请的时间（" + CalendarDays.chinese(applied) + "）" : null);
    }

    @Bean
    InputSpec penaltyShutdownRefusal() {
        return task("Task_RecordShutdownRefusal")
                .required("shutdownRefusalFoundAt", "发现时间", pastDateTime())
                .required("shutdownRefusalOfficers", "现场执法人员（至少两名）", nameList(10, 64))
                .required("shutdownRefusalFacts", "拒不执行停产停业整顿决定的事实（现场笔录）", text(4000))
                .required("accidentRiskReal", "有发生生产安全事故的现实危险", flag())
                .optional("supplyMeasure", "提请采取的措施", oneOf(List.of("POWER_CUT", "EXPLOSIVES_STOP")))
                .rule(atLeastTwo("shutdownRefusalOfficers", "现场检查"))
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("accidentRiskReal")), "supplyMeasure",
                        "有发生生产安全事故的现实危险的，请选择提请采取的措施：停止供电或者停止供应民用爆炸物品（supplyMeasure）（安全生产法第七十条）"))
                .rule(v -> v.get("supplyMeasure") != null && !Boolean.TRUE.equals(v.get("accidentRiskReal"))
                        ? "只有拒不执行且有发生生产安全事故的现实危险的，才可以提请停止供电、停止供应民用爆炸物品（安全生产法第七十条第一款）" : null);
    }

    /** Two officers at least (行政处罚法第四十二条第一款: 执法人员不得少于两人). */
    static InputSpec.CrossFieldRule atLeastTwo(String field, String what) {
        return v -> v.get(field) instanceof List<?> names && names.size() < 2
                ? what + "的执法人员不得少于两人（行政处罚法第四十二条）：请勾选至少两名执法人员" : null;
    }

    private static InputSpec task(String taskKey) {
        return InputSpec.task(PenaltyInputs.PROCESS_KEY, taskKey);
    }
}
