package org.safetyflow.evaluation;

import static org.safetyflow.casefile.CaseVariables.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.springframework.stereotype.Component;

/**
 * The one-year evaluation of an accident case's 防范和整改措施 (中发〔2016〕32号, 安委办〔2021〕4号):
 * due one year after 结案, started ten months after it (configurable), measure by measure.
 */
@Component("evaluationCase")
public class EvaluationCase {

    private final TimeLimit due;
    private final TimeLimit startAfter;

    EvaluationCase(TimeLimits limits) {
        this.due = limits.limit("evaluation.due");
        this.startAfter = limits.limit("evaluation.start-after");
    }

    public void open(DelegateExecution execution) {
        LocalDate closed = CalendarDays.dayOf((Date) execution.getVariable("closedAt"));
        execution.setVariable("evaluationDueDate", CalendarDays.endOf(due.dayAfter(closed)));
        execution.setVariable("evaluationStartAt", Date.from(startAfter.dayAfter(closed)
                .atTime(LocalTime.of(9, 0)).atZone(CalendarDays.STATUTORY_ZONE).toInstant()));
        execution.setVariable("evaluationDueDateText", CalendarDays.chinese(due.dayAfter(closed)));
    }

    /** A measure needs 追责移交 when it was not carried out or someone failed in their duty. */
    public boolean needsAccountability(DelegateExecution execution) {
        return "NOT_IMPLEMENTED".equals(execution.getVariable("rating")) || Boolean.TRUE.equals(execution.getVariable("dutyFailure"));
    }

    public String reportTitle(DelegateExecution execution) {
        return text(execution, "accidentName") + "整改措施落实情况评估报告";
    }

    public String reportBody(DelegateExecution execution) {
        StringBuilder body = new StringBuilder("评估对象：").append(text(execution, "accidentName")).append("（事故案件 ")
                .append(text(execution, "accidentCaseId")).append("）\n评估组：").append(text(execution, "evaluationTeam"))
                .append("\n\n一、总体结论\n").append(text(execution, "overallConclusion"))
                .append("\n\n二、评估情况\n").append(text(execution, "reportSummary")).append("\n\n三、整改措施\n");
        if (execution.getVariable("preventiveMeasures") instanceof List<?> measures) {
            int n = 0;
            for (Object row : measures) {
                Map<?, ?> measure = (Map<?, ?>) row;
                body.append(++n).append(". ").append(measure.get("measure")).append("（责任单位：").append(measure.get("unit")).append("）\n");
            }
        }
        return body.append("\n审定：").append(text(execution, "approvalNumber")).toString();
    }
}
