package org.safetyflow.enforcement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** A penalty decided with 「提请许可机关暂扣/吊销」: {@link LicenceSanctionRequested}, in the decision's transaction. */
@Component("penaltyLicenceRequests")
public class PenaltyLicenceRequests {

    private final ApplicationEventPublisher events;

    PenaltyLicenceRequests(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void decided(DelegateTask task) {
        Object action = task.getVariable("licenceAction");
        if (!"PENALIZE".equals(task.getVariable("decisionOutcome")) || !("SUSPEND".equals(action) || "REVOKE".equals(action))) {
            return;
        }
        events.publishEvent(new LicenceSanctionRequested(task.getExecution().getProcessBusinessKey(), (String) task.getVariable("jurisdiction"),
                (String) task.getVariable("enterpriseName"), (String) task.getVariable("enterpriseCreditCode"), (String) action,
                (String) task.getVariable("decisionNumber"), (String) task.getVariable("decisionReason")));
    }
}
