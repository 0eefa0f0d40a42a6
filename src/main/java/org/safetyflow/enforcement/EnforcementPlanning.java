package org.safetyflow.enforcement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safetyflow.casefile.CaseLabels;
import org.springframework.stereotype.Component;

/** 制定抽查计划: the period as the head and the notice read it (2026年12月2日), not as the engine stores it. */
@Component("enforcementPlanning")
public class EnforcementPlanning {

    public void planned(DelegateTask task) {
        CaseLabels.days(task, "inspectionsFrom", "inspectionsUntil");
    }
}
