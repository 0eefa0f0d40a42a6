package org.safetyflow.simultaneity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.safetyflow.casefile.ModelProperties;
import org.springframework.stereotype.Component;

/**
 * The project's {@code projectStatus} (contract §10), as the model declares it on the element where
 * the project reaches it, so the model states the status and writes no state itself:
 * <pre>
 * &lt;camunda:properties&gt;&lt;camunda:property name="projectStatus" value="DESIGN_APPROVED"/&gt;&lt;/camunda:properties&gt;
 * &lt;camunda:executionListener event="start" delegateExpression="${projectStatusChange}"/&gt;
 * </pre>
 */
@Component("projectStatusChange")
class ProjectStatus implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        set(execution, ModelProperties.required(execution, "projectStatus"));
    }

    static void set(VariableScope scope, String status) {
        if (!SimultaneityLabels.STATUSES.containsKey(status)) {
            throw new IllegalStateException("unknown projectStatus " + status);
        }
        scope.setVariable("projectStatus", status);
        scope.setVariable("projectStatusLabel", SimultaneityLabels.STATUSES.get(status));
    }
}
