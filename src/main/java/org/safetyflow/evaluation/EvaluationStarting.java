package org.safetyflow.evaluation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.safetyflow.accident.AccidentCaseClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the one-year evaluation of a closed accident case (contract: "started by SafetyFlow itself
 * when an accident case closes"). It listens synchronously, in the closing transaction, so that a case
 * is never closed without its evaluation, nor an evaluation started for a closing that rolled back.
 */
@Component
class EvaluationStarting {

    private final RuntimeService runtime;

    EvaluationStarting(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @EventListener
    void on(AccidentCaseClosed closed) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("accidentCaseId", closed.caseNumber());
        variables.put("jurisdiction", closed.jurisdiction());
        variables.put("closedAt", closed.closedAt());
        variables.put("accidentName", closed.accidentName());
        variables.put("accidentGrade", closed.accidentGrade());
        variables.put("investigationLevel", closed.investigationLevel());
        variables.put("enterpriseName", closed.enterpriseName());
        variables.put("enterpriseCreditCode", closed.enterpriseCreditCode());
        variables.put("preventiveMeasures", closed.preventiveMeasures());
        runtime.startProcessInstanceByKey(EvaluationInputs.PROCESS_KEY, variables);
    }
}
