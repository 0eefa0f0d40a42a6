package org.safetyflow.hazard;

import static org.safetyflow.input.FieldType.amountOfYuan;
import static org.safetyflow.input.FieldType.count;
import static org.safetyflow.input.FieldType.creditCode;
import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.futureDateTime;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;

import java.util.List;
import java.util.function.Predicate;
import org.safetyflow.disclosure.NoticeSignOff;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a reported hazard must carry to open a case (contract §3), and what each step of its
 * rectification records. The forms check the same in the browser; these checks are the ones that
 * hold on every path (Tasklist, REST, Java).
 */
@Configuration
public class HazardInputs {

    public static final String PROCESS_KEY = "hazard-rectification";

    @Bean
    InputSpec hazardRectificationStart(JurisdictionDirectory jurisdictions) {
        return start(jurisdictions::isKnown);
    }

    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return InputSpec.start(PROCESS_KEY)
                .required("jurisdiction", "管辖区划", divisionCode(knownJurisdiction))
                .required("enterpriseName", "企业名称", text(200))
                .required("enterpriseCreditCode", "统一社会信用代码", creditCode())
                .required("hazardDescription", "隐患描述", text(4000))
                .required("hazardSource", "隐患来源", oneOf(List.of("SELF_CHECK", "INSPECTION", "REPORT_12350")))
                .required("discoveredAt", "发现时间", pastDateTime());
    }

    @Bean
    InputSpec hazardRegistration() {
        return task("Task_Register")
                .required("location", "隐患部位", text(200))
                .required("industry", "行业领域", oneOf(List.copyOf(HazardLabels.INDUSTRIES.keySet())))
                .optional("attachmentIds", "附件编号（照片、检查记录等）", text(1000))
                .optional("expertGradingRequested", "提请专家判定", flag());
    }

    @Bean
    InputSpec hazardExpertGrading() {
        return task("Task_ExpertGrading")
                .required("suggestedGrade", "建议等级", oneOf(List.copyOf(HazardLabels.GRADES.keySet())))
                .required("expertOpinion", "专家意见", text(2000));
    }

    @Bean
    InputSpec hazardGrading() {
        return task("Task_Grade")
                .required("hazardGrade", "隐患等级", oneOf(List.copyOf(HazardLabels.GRADES.keySet())))
                .required("gradingStandard", "判定标准", oneOf(List.copyOf(HazardLabels.STANDARDS.keySet())))
                .required("gradingClause", "判定条款", text(200))
                .required("gradingReason", "判定理由", text(2000))
                .optional("rectificationDueDate", "整改期限", futureDateTime())
                .rule(values -> "ORDINARY".equals(values.get("hazardGrade")) && values.get("rectificationDueDate") == null
                        ? "一般事故隐患须确定「整改期限」（rectificationDueDate）" : null)
                .rule(values -> values.get("gradingStandard") instanceof String standard
                        && !HazardLabels.standardFits(standard, (String) values.get("industry"))
                        ? "「判定标准」与隐患所属行业（" + HazardLabels.INDUSTRIES.get(values.get("industry")) + "）不符" : null);
    }

    @Bean
    InputSpec hazardOrdinaryRectification() {
        return task("Task_RectifyOrdinary")
                .required("rectificationMeasures", "整改措施及结果", text(4000))
                .required("rectifiedAt", "整改完成时间", pastDateTime());
    }

    @Bean
    InputSpec hazardOrdinaryRecheck() {
        return recheck("Task_RecheckOrdinary");
    }

    @Bean
    InputSpec hazardRecheck() {
        return recheck("Task_Recheck");
    }

    @Bean
    InputSpec hazardImmediateMeasures() {
        return task("Task_ImmediateMeasures")
                .required("evacuated", "已撤出作业人员", flag())
                .required("cordoned", "已设置警戒", flag())
                .required("shutdown", "责令停产停业", flag())
                .required("shutdownScope", "停产范围", oneOf(List.copyOf(HazardLabels.SHUTDOWN_SCOPES.keySet())))
                .optional("measuresNote", "其他措施", text(2000))
                .required("peopleAtRisk", "受威胁人数", count())
                .required("estimatedCostYuan", "预计治理资金（元）", amountOfYuan())
                .required("crossJurisdiction", "涉及两个以上县级行政区域", flag())
                .rule(values -> Boolean.TRUE.equals(values.get("shutdown")) == "NONE".equals(values.get("shutdownScope"))
                        ? "「责令停产停业」与「停产范围」不一致：停产时请选择局部或全部，不停产时选择“不停产”" : null);
    }

    @Bean
    InputSpec hazardReportToDepartment() {
        return task("Task_ReportToDepartment")
                .required("currentSituation", "隐患现状", text(4000))
                .required("causes", "产生原因", text(4000))
                .required("harmAndDifficulty", "危害程度和整改难易程度", text(4000))
                .required("planOutline", "治理方案概要", text(4000));
    }

    @Bean
    InputSpec hazardReportToWorkers() {
        return task("Task_ReportToWorkers")
                .required("workersMeetingAt", "职工（代表）大会召开时间", pastDateTime())
                .required("workersMeetingSummary", "报告及职工意见", text(4000));
    }

    @Bean
    InputSpec hazardListingNotice() {
        return task("Task_IssueListingNotice")
                .required("supervisionItems", "督办事项", text(2000))
                .required("rectificationDeadline", "整改期限", futureDateTime())
                .required("liftingConditions", "解除督办条件", text(2000));
    }

    /** 五落实: 责任、措施、资金、时限、预案, all five, and the plan ends by the listing's deadline. */
    private static InputSpec recheck(String taskKey) {
        return task(taskKey)
                .required("recheckPassed", "复查结论", flag())
                .required("recheckOpinion", "复查意见", text(2000));
    }

    @Bean
    InputSpec hazardListingSignOff() {
        return NoticeSignOff.spec(PROCESS_KEY, "Task_PublishListing");
    }

    @Bean
    InputSpec hazardExposureSignOff() {
        return NoticeSignOff.spec(PROCESS_KEY, "Task_Exposure");
    }

    @Bean
    InputSpec hazardDelistingSignOff() {
        return NoticeSignOff.spec(PROCESS_KEY, "Task_PublishDelisting");
    }

    static InputSpec task(String taskKey) {
        return InputSpec.task(PROCESS_KEY, taskKey);
    }
}
