package org.safetyflow.simultaneity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.registry.EnterpriseStarts;
import org.springframework.stereotype.Component;

/** A 三同时 case opens: the builder (or the bureau for it) registered the project; its codes are named. */
@Component("projectOpening")
class ProjectOpening implements ExecutionListener {

    private final ProjectLabelling labels;

    ProjectOpening(ProjectLabelling labels) {
        this.labels = labels;
    }

    @Override
    public void notify(DelegateExecution execution) {
        EnterpriseStarts.requireOwnEnterprise(execution);
        ProjectStatus.set(execution, "REGISTERED");
        labels.notify(execution);
    }
}
