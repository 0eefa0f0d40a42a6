package org.safetyflow.evaluation;

import static org.safetyflow.input.FieldType.divisionCode;
import static org.safetyflow.input.FieldType.pastDateTime;
import static org.safetyflow.input.FieldType.text;
import static org.safetyflow.input.FieldType.flag;
import static org.safetyflow.input.FieldType.oneOf;
import static org.safetyflow.input.FieldType.table;

import java.util.List;
import java.util.function.Predicate;
import org.safetyflow.disclosure.NoticeSignOff;
import org.safetyflow.input.InputSpec;
import org.safetyflow.registry.JurisdictionDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the one-year post-accident evaluation starts with (contract §3). SafetyFlow starts it when an
 * accident case closes; a start by hand migrates an older case, whose number may predate SafetyFlow.
 */
@Configuration
public class EvaluationInputs {

    public static final String PROCESS_KEY = "post-accident-evaluation";

    @Bean
    InputSpec postAccidentEvaluationStart(JurisdictionDirectory jurisdictions) {
        return start(jurisdictions::isKnown);
    }

    public static InputSpec start(Predicate<String> knownJurisdiction) {
        return InputSpec.start(PROCESS_KEY)
                .required("accidentCaseId", "事故案件编号", text(64))
                .required("jurisdiction", "管辖区划", divisionCode(knownJurisdiction))
                .required("closedAt", "事故结案时间", pastDateTime())
                .optional("accidentName", "事故名称", text(300))
                .optional("preventiveMeasures", "事故防范和整改措施", table(100, "measure", "unit", "dueDate"));
    }

    @Bean
    InputSpec evaluationPlan() {
        return task("Task_EvaluationPlan")
                .required("evaluationTeam", "评估组组成", text(2000))
                .required("evaluationPlan", "评估方案", text(4000))
                .optional("preventiveMeasures", "事故防范和整改措施", table(100, "measure", "unit", "dueDate"))
                .rule(values -> values.get("preventiveMeasures") == null
                        ? "须列明事故调查报告提出的防范和整改措施（preventiveMeasures），逐项评估" : null);
    }

    @Bean
    InputSpec evaluationMeasureReport() {
        return task("Task_MeasureReport")
                .required("measureReport", "落实情况报告", text(4000))
                .optional("measureEvidenceIds", "佐证材料编号", text(1000));
    }

    @Bean
    InputSpec evaluationMeasureVerification() {
        return task("Task_MeasureVerify")
                .required("rating", "评估结论", oneOf(List.of("IMPLEMENTED", "PARTIAL", "NOT_IMPLEMENTED")))
                .required("ratingEvidence", "核查依据", text(4000))
                .optional("dutyFailure", "存在履职不力", flag());
    }

    @Bean
    InputSpec evaluationAccountabilityReferral() {
        return task("Task_AccountabilityReferral")
                .required("referredTo", "移交机关", text(200))
                .required("referralNote", "移交事项", text(4000));
    }

    @Bean
    InputSpec evaluationReport() {
        return task("Task_EvaluationReport")
                .required("overallConclusion", "总体结论", text(4000))
                .required("reportSummary", "评估报告正文", text(20000));
    }

    @Bean
    InputSpec evaluationApproval() {
        return task("Task_ApproveReport").required("approvalNumber", "审定文号", text(100));
    }

    @Bean
    InputSpec evaluationOverdue() {
        return task("Task_EvaluationOverdue").required("overdueAction", "督办措施", text(2000));
    }

    @Bean
    InputSpec evaluationReportSignOff() {
        return NoticeSignOff.spec(PROCESS_KEY, "Task_PublishReport");
    }

    private static InputSpec task(String taskKey) {
        return InputSpec.task(PROCESS_KEY, taskKey);
    }
}
