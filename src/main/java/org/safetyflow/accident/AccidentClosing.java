package org.safetyflow.accident;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 结案: {@code closedAt}, and {@link AccidentCaseClosed} for whoever follows the case up (the one-year evaluation). */
@Component("accidentClosing")
class AccidentClosing implements JavaDelegate {

    private final ApplicationEventPublisher events;

    AccidentClosing(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Date closedAt = ClockUtil.getCurrentTime();
        execution.setVariable("closedAt", closedAt);
        events.publishEvent(new AccidentCaseClosed(execution.getProcessBusinessKey(), (String) execution.getVariable("jurisdiction"),
                closedAt, (String) execution.getVariable("accidentName"), (String) execution.getVariable("accidentGrade"),
                (String) execution.getVariable("investigationLevel"), (String) execution.getVariable("enterpriseName"),
                (String) execution.getVariable("enterpriseCreditCode"),
                (List<Map<String, Object>>) execution.getVariable("preventiveMeasures")));
    }
}
