package org.safetyflow.hazard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** A hazard case opens: not listed, production not stopped (contract §4), its codes named. */
@Component("hazardOpening")
class HazardOpening implements ExecutionListener {

    private final HazardLabelling labels;

    HazardOpening(HazardLabelling labels) {
        this.labels = labels;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable("listed", false);
        execution.setVariable("shutdown", false);
        labels.notify(execution);
    }
}
