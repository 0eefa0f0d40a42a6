package org.safetyflow.simultaneity;

import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.dateTime;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.InputSpec.requiredWhen;
import static org.safetyflow.simultaneity.SimultaneityInputs.task;

import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.input.InputSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What 试运行, 竣工验收, the authority's 抽查 and the 职业病防护设施 track record (36号令第二十二条至第二十六条;
 * 职业病防治法第十七条、第十八条).
 */
@Configuration
class AcceptanceInputs {

    @Bean
    InputSpec simultaneityTrialRunPlan(TimeLimits limits) {
        int min = limits.limit("simultaneity.trial-run-min").in(TimeLimit.Unit.DAYS);
        int max = limits.limit("simultaneity.trial-run-max").in(TimeLimit.Unit.DAYS);
        return task("Task_TrialRunPlan")
                .required("trialRunStartsOn", "试运行开始日期", dateTime())
                .required("trialRunDays", "试运行天数", count(1, 3650))
                .required("trialRunPlanSummary", "试运行方案（含安全设施运行和应急措施）", text(4000))
                .rule(values -> values.get("trialRunDays") instanceof Integer days ? TrialRun.checkPlan(days, min, max) : null);
    }

    @Bean
    InputSpec simultaneityTrialRun(TimeLimits limits) {
        int min = limits.limit("simultaneity.trial-run-min").in(TimeLimit.Unit.DAYS);
        int max = limits.limit("simultaneity.trial-run-max").in(TimeLimit.Unit.DAYS);
        return task("Task_TrialRun")
                .required("trialRunOutcome", "报告事项", oneOf(List.copyOf(SimultaneityLabels.TRIAL_RUN_OUTCOMES.keySet())))
                .optional("trialRunSummary", "试运行情况", text(4000))
                .optional("trialRunExtensionDays", "延长天数", count(1, 3650))
                .optional("trialRunExtensionReason", "延长理由", text(2000))
                .rule(requiredWhen(v -> "FINISHED".equals(v.get("trialRunOutcome")), "trialRunSummary",
                        "报告试运行结束须填写「试运行情况」（trialRunSummary）"))
                .rule(requiredWhen(v -> "EXTEND".equals(v.get("trialRunOutcome")), "trialRunExtensionReason",
                        "申请延长试运行须写明「延长理由」（trialRunExtensionReason）"))
                .rule(requiredWhen(v -> "EXTEND".equals(v.get("trialRunOutcome")), "trialRunExtensionDays",
                        "申请延长试运行须填写「延长天数」（trialRunExtensionDays）"))
                .rule(values -> "FINISHED".equals(values.get("trialRunOutcome")) && values.get("trialRunStartsOn") instanceof java.util.Date start
                        ? TrialRun.checkFinish(start, ClockUtil.getCurrentTime(), min) : null)
                .rule(values -> "EXTEND".equals(values.get("trialRunOutcome")) && values.get("trialRunExtensionDays") instanceof Integer extra
                        && values.get("trialRunDays") instanceof Integer days ? TrialRun.checkExtension(days, extra, max) : null);
    }

    @Bean
    InputSpec simultaneityTrialRunOverdue() {
        return task("Task_TrialRunOverdue").required("overdueAction", "督促措施", text(2000));
    }

    @Bean
    InputSpec simultaneityCompletionAcceptance() {
        return task("Task_CompletionAcceptance")
                .required("acceptanceEvaluationAgency", "安全验收评价机构", text(200))
                .required("acceptanceEvaluationQualification", "评价机构资质证书编号", text(100))
                .required("acceptanceEvaluationReportNumber", "安全验收评价报告编号", text(100))
                .required("acceptedAt", "竣工验收时间", pastDateTime())
                .required("acceptanceReport", "竣工验收报告（验收组、验收内容和结论）", text(8000))
                .required("acceptancePassed", "验收结论：合格", flag())
                .rule(values -> Boolean.FALSE.equals(values.get("acceptancePassed"))
                        ? "竣工验收不合格的，不得投入生产和使用；整改后重新组织验收，合格后再提交" : null);
    }

    @Bean
    InputSpec simultaneityOccupationalPreEvaluation() {
        return task("Task_OccupationalPreEvaluation")
                .required("occupationalHazardClass", "职业病危害风险分类", oneOf(List.copyOf(SimultaneityLabels.OCCUPATIONAL_CLASSES.keySet())))
                .required("occupationalPreEvaluationReportNumber", "职业病危害预评价报告编号", text(100))
                .required("occupationalPreEvaluationSummary", "预评价结论及防护措施", text(4000));
    }

    @Bean
    InputSpec simultaneityOccupationalAcceptance() {
        return task("Task_OccupationalAcceptance")
                .required("controlEffectReportNumber", "职业病危害控制效果评价报告编号", text(100))
                .required("occupationalAcceptedAt", "职业病防护设施验收时间", pastDateTime())
                .required("occupationalAcceptanceSummary", "验收情况", text(4000))
                .optional("occupationalPublishedAt", "评价和验收情况公布时间", pastDateTime())
                .rule(requiredWhen(v -> "SERIOUS".equals(v.get("occupationalHazardClass")), "occupationalPublishedAt",
                        "职业病危害严重的建设项目，须公布控制效果评价和验收情况：请填写「评价和验收情况公布时间」（occupationalPublishedAt）"));
    }

    @Bean
    InputSpec simultaneitySpotCheck() {
        return task("Task_SpotCheck")
                .required("spotCheckedAt", "核查时间", pastDateTime())
                .required("spotCheckInspectors", "核查人员（至少两名）", nameList(10, 50))
                .required("spotCheckPassed", "核查结论", flag())
                .required("spotCheckOpinion", "抽查意见", text(4000))
                .rule(values -> ConstructionInputs.atLeastTwo(values.get("spotCheckInspectors")));
    }

    @Bean
    InputSpec simultaneityReferral() {
        return task("Task_Referral")
                .required("referralHandling", "查处情况（安全生产法第九十八条）", text(4000))
                .optional("enforcementCaseNumber", "执法案件编号", text(64));
    }
}
