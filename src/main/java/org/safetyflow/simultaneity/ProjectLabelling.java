package org.safetyflow.simultaneity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safetyflow.casefile.CaseLabels;
import org.springframework.stereotype.Component;

/** The Chinese names ({@code *Label}) and days ({@code *Text}) of what a 三同时 case holds, for its forms. */
@Component("projectLabels")
class ProjectLabelling implements ExecutionListener, TaskListener {

    @Override
    public void notify(DelegateTask task) {
        notify(task.getExecution());
    }

    @Override
    public void notify(DelegateExecution execution) {
        CaseLabels.name(execution, "projectCategory", SimultaneityLabels.CATEGORIES);
        CaseLabels.name(execution, "designReviewMode", SimultaneityLabels.REVIEW_MODES);
        CaseLabels.name(execution, "occupationalHazardClass", SimultaneityLabels.OCCUPATIONAL_CLASSES);
        CaseLabels.name(execution, "constructionOutcome", SimultaneityLabels.CONSTRUCTION_OUTCOMES);
        CaseLabels.amounts(execution, "investmentYuan");
        CaseLabels.days(execution, "receivedAt", "designDecisionDueDate", "trialRunStartsOn", "trialRunEndsAt", "acceptedAt");
    }
}
