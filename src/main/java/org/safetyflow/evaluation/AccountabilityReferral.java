package org.safetyflow.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 安委办〔2021〕4号: a 防范和整改措施 found 未落实, or carried out by someone who failed in their duty
 * (履职不力), is handed over for 追责问责. Used by the model as
 * {@code ${accountabilityReferral.needed(execution)}} on the measure's {@code rating} and {@code dutyFailure}.
 */
@Component("accountabilityReferral")
public class AccountabilityReferral {

    public boolean needed(DelegateExecution execution) {
        return decide((String) execution.getVariable("rating"), Boolean.TRUE.equals(execution.getVariable("dutyFailure"))).referred();
    }

    static Decision decide(String rating, boolean dutyFailure) {
        if ("NOT_IMPLEMENTED".equals(rating)) {
            return new Decision(true, "整改措施未落实，移交追责问责（安委办〔2021〕4号）");
        }
        if (dutyFailure) {
            return new Decision(true, "有关人员履职不力，移交追责问责（安委办〔2021〕4号）");
        }
        return new Decision(false, "整改措施已落实或部分落实，且无履职不力情形：不移交");
    }

    record Decision(boolean referred, String reason) {
    }
}
