package org.safetyflow.hazard;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safetyflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * 提级督办 decided: the hazard is listed at the higher level from now on — its 安委会 signs the recheck
 * and the 销号 — unless the escalation would not raise it ({@link EscalatedSupervision}).
 */
@Component("listingEscalation")
class ListingEscalation implements TaskListener {

    private final ListingAuthority authority;

    ListingEscalation(ListingAuthority authority) {
        this.authority = authority;
    }

    @Override
    public void notify(DelegateTask task) {
        String requested = (String) task.getVariable("escalatedLevel");
        EscalatedSupervision.Decision decision = EscalatedSupervision.decide((String) task.getVariable("listingLevel"), requested);
        if (!decision.allowed()) {
            throw new InvalidInputException("escalatedLevel", decision.reason());
        }
        task.getExecution().setVariable("listingLevel", requested);
        task.getExecution().setVariable("escalationReason", decision.reason());
        authority.notify(task.getExecution());
    }
}
