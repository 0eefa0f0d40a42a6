package org.safetyflow.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Records how a case ended as the variable {@code outcome}, from the end event's own declaration, so
 * the model states the outcome and writes no state itself:
 *
 * <pre>
 * &lt;bpmn:endEvent id="EndEvent_OrdinaryClosed" name="一般隐患销号"&gt;
 *   &lt;camunda:properties&gt;&lt;camunda:property name="outcome" value="ORDINARY_CLOSED"/&gt;&lt;/camunda:properties&gt;
 *   &lt;camunda:executionListener event="start" delegateExpression="${caseOutcome}"/&gt;
 * </pre>
 */
@Component("caseOutcome")
class CaseOutcome implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable("outcome", ModelProperties.required(execution, "outcome"));
    }
}
