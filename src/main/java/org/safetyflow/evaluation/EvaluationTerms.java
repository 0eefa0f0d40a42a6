package org.safetyflow.evaluation;

import java.util.Map;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/** What an evaluation's own variables are called (its result {@code evaluationDueDate}, contract §4) and its ratings' names. */
@Component
class EvaluationTerms implements CaseTerms {

    @Override
    public String processKey() {
        return EvaluationInputs.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("evaluationDueDate", "评估期限", "evaluationStartAt", "评估启动时间", "measure", "本项整改措施", "unit", "责任单位", "dueDate", "完成期限");
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        return Map.of("rating", Map.of("IMPLEMENTED", "已落实", "PARTIAL", "部分落实", "NOT_IMPLEMENTED", "未落实"));
    }
}
