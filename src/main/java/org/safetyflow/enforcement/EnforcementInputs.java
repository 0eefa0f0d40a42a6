package org.safetyflow.enforcement;

import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.dateTime;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.futureDateTime;
import static org.safetyflow.input.FieldType.nameList;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.table;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.FieldType.wholeNumber;
import static org.safetyflow.input.InputSpec.requiredWhen;

import java.util.Date;
import java.util.List;
import java.util.function.Predicate;
import org.safetyflow.disclosure.NoticeSignOff;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.Department;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What a joint inspection plan (联合执法，双随机一公开) starts with (contract §3, §11), and what each of its steps takes. */
@Configuration
public class EnforcementInputs {

    public static final String PROCESS_KEY = "joint-enforcement";

    @Bean
    InputSpec jointEnforcementStart(JurisdictionDirectory jurisdictions) {
        return start(jurisdictions::isKnown);
    }

    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(knownJurisdiction))
                .required("planName", "抽查计划名称", text(200))
                .required("departments", "参与部门", nameList(Department.values().length, 40))
                .optional("industry", "行业类别", text(100))
                .required("sampleSize", "抽取企业数", count())
                .optional("randomSeed", "随机种子", wholeNumber())
                .rule(values -> unknownDepartments(values.get("departments")))
                .rule(values -> values.get("sampleSize") instanceof Integer size && size < 1
                        ? "「抽取企业数」（sampleSize）至少为 1" : null);
    }

    /** The §11 codes, the lead department first; anything else is refused naming every code. */
    private static String unknownDepartments(Object departments) {
        if (!(departments instanceof List<?> codes)) {
            return null;
        }
        List<String> unknown = codes.stream().map(String::valueOf).filter(code -> Department.ofCode(code).isEmpty()).toList();
        return unknown.isEmpty() ? null : "「参与部门」（departments）应填写部门代码，" + String.join("、", unknown)
                + " 不是部门代码（应为以下之一：" + Department.choices() + "；第一个为牵头部门）";
    }

    @Bean
    InputSpec enforcementPlan() {
        return task("Task_Plan")
                .required("inspectionsFrom", "检查开始时间", dateTime())
                .required("inspectionsUntil", "检查截止时间", futureDateTime())
                .required("planDescription", "检查方式和要求", text(2000))
                .rule(values -> values.get("inspectionsFrom") instanceof Date from && values.get("inspectionsUntil") instanceof Date until
                        && !from.before(until) ? "「检查截止时间」应晚于「检查开始时间」" : null);
    }

    @Bean
    InputSpec enforcementPlanApproval() {
        return task("Task_ApprovePlan")
                .required("planApproved", "审批意见", flag())
                .optional("planApprovalOpinion", "理由", text(2000))
                .rule(values -> Boolean.FALSE.equals(values.get("planApproved")) && InputSpec.isAbsent(values.get("planApprovalOpinion"))
                        ? "不批准抽查计划的，必须写明理由（planApprovalOpinion）" : null);
    }

    @Bean
    InputSpec enforcementPlanNotice() {
        return NoticeSignOff.spec(PROCESS_KEY, "Task_PublishPlan");
    }

    @Bean
    InputSpec enforcementResultsNotice() {
        return NoticeSignOff.spec(PROCESS_KEY, "Task_PublishResults");
    }

    @Bean
    InputSpec enforcementInspection() {
        return task("Task_Inspect")
                .required("inspectedAt", "检查时间", pastDateTime())
                .required("presentInspectors", "到场执法人员", nameList(20, 64))
                .required("refused", "拒绝、阻碍检查", flag())
                .optional("refusalCircumstances", "拒绝、阻碍检查的情况", text(2000))
                .optional("checklistResults", "检查事项结果", table(200, "item", "result", "note"))
                .optional("findings", "检查结论", oneOf(List.copyOf(EnforcementLabels.FINDINGS_ENTERED.keySet())))
                .optional("findingsDescription", "发现的问题", text(4000))
                .optional("rectificationDueDate", "整改期限", futureDateTime())
                .optional("onSiteMeasures", "现场处理措施", text(2000))
                .optional("attachmentIds", "照片、附件编号", text(1000))
                .rule(requiredWhen(v -> Boolean.TRUE.equals(v.get("refused")), "refusalCircumstances",
                        "被检查单位拒绝、阻碍检查的，必须记录情况（refusalCircumstances，安全生产法第六十八条）"))
                .rule(requiredWhen(v -> Boolean.FALSE.equals(v.get("refused")), "checklistResults",
                        "实施检查的，必须逐项填写检查事项结果（checklistResults：事项编号；合格/不合格/不适用；说明）"))
                .rule(requiredWhen(v -> Boolean.FALSE.equals(v.get("refused")), "findings", "实施检查的，必须选择检查结论（findings）"))
                .rule(requiredWhen(v -> v.get("findings") != null && !"NONE".equals(v.get("findings")), "findingsDescription",
                        "发现问题的，必须写明发现的问题（findingsDescription）"))
                .rule(requiredWhen(v -> "GENERAL".equals(v.get("findings")), "rectificationDueDate",
                        "责令限期整改的，必须写明整改期限（rectificationDueDate）"))
                .rule(requiredWhen(v -> "MAJOR_HAZARD".equals(v.get("findings")), "onSiteMeasures",
                        "发现重大事故隐患的，必须写明现场处理措施（onSiteMeasures，安全生产法第六十五条）"));
    }

    @Bean
    InputSpec enforcementRectification() {
        return task("Task_Rectify")
                .required("rectificationAction", "办理事项", oneOf(List.of("REPORT", "REQUEST_EXTENSION")))
                .optional("rectificationReport", "整改情况报告", text(4000))
                .optional("extensionReason", "延期理由", text(2000))
                .optional("requestedDueDate", "申请延长至", futureDateTime())
                .rule(requiredWhen(v -> "REPORT".equals(v.get("rectificationAction")), "rectificationReport",
                        "报告整改情况的，必须填写整改情况报告（rectificationReport）"))
                .rule(requiredWhen(v -> "REQUEST_EXTENSION".equals(v.get("rectificationAction")), "extensionReason",
                        "申请延期的，必须写明理由（extensionReason）"))
                .rule(requiredWhen(v -> "REQUEST_EXTENSION".equals(v.get("rectificationAction")), "requestedDueDate",
                        "申请延期的，必须写明申请延长至的日期（requestedDueDate）"));
    }

    @Bean
    InputSpec enforcementExtensionAnswer() {
        return task("Task_AnswerExtension")
                .required("extensionGranted", "是否同意延期", flag())
                .required("extensionReply", "答复意见", text(2000));
    }

    @Bean
    InputSpec enforcementRecheck() {
        return task("Task_Recheck")
                .required("recheckedAt", "复查时间", pastDateTime())
                .required("recheckInspectors", "复查人员", nameList(20, 64))
                .required("recheckPassed", "复查结论", flag())
                .required("recheckOpinion", "复查意见", text(2000));
    }

    @Bean
    InputSpec enforcementPenaltyReferral() {
        return task("Task_PenaltyReferral")
                .required("violationFacts", "违法事实", text(4000))
                .required("referralOpinion", "移交意见", text(2000));
    }

    static InputSpec task(String taskKey) {
        return InputSpec.task(PROCESS_KEY, taskKey);
    }
}
