package org.safetyflow.accident;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** On the 批复: when it proposes to suspend or revoke the enterprise's licence, {@link LicenceSanctionProposed}. */
@Component("licenceSanctionProposing")
class LicenceSanctionProposing implements TaskListener {

    private final ApplicationEventPublisher events;

    LicenceSanctionProposing(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!"REPLIED".equals(task.getVariable("replyDecision")) || !Boolean.TRUE.equals(task.getVariable("licenceSanctionProposed"))) {
            return;
        }
        events.publishEvent(new LicenceSanctionProposed(task.getExecution().getProcessBusinessKey(), (String) task.getVariable("jurisdiction"),
                (String) task.getVariable("enterpriseName"), (String) task.getVariable("enterpriseCreditCode"),
                (String) task.getVariable("sanctionLicenceNumber"), (String) task.getVariable("licenceSanctionProposal"),
                (String) task.getVariable("replyNumber")));
    }
}
