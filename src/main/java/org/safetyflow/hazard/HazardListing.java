package org.safetyflow.hazard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Once the 挂牌督办公告 is out the hazard is listed (contract §4: {@code listed} until 销号). */
@Component("hazardListing")
class HazardListing implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable("listed", true);
    }
}
