package org.safetyflow.evaluation;

import static org.safetyflow.casefile.CaseVariables.text;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The wording of the published 整改措施落实情况评估报告 (安委办〔2021〕4号: 评估结果向社会公开). */
@Component("evaluationNotices")
public class EvaluationNotices {

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
