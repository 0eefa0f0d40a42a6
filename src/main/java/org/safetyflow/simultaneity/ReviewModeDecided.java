package org.safetyflow.simultaneity;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After the DMN {@code simultaneity-review-mode}: its two outputs on the case (contract §10) and what
 * the builder's first form asks for (安全预评价报告 or 安全条件分析报告).
 */
@Component("reviewModeDecided")
class ReviewModeDecided implements ExecutionListener {

    private final ProjectLabelling labels;

    ReviewModeDecided(ProjectLabelling labels) {
        this.labels = labels;
    }

    @Override
    public void notify(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) execution.getVariable("reviewModeDecision");
        boolean preEvaluation = Boolean.TRUE.equals(decision.get("preEvaluationRequired"));
        execution.setVariable("preEvaluationRequired", preEvaluation);
        execution.setVariable("designReviewMode", decision.get("designReviewMode"));
        execution.setVariable("evaluationKindLabel", preEvaluation ? "安全预评价报告" : "安全条件分析报告");
        execution.setVariable("conditionReviewRequired", "HAZARDOUS_CHEMICALS".equals(execution.getVariable("projectCategory")));
        execution.removeVariable("reviewModeDecision");
        labels.notify(execution);
    }
}
