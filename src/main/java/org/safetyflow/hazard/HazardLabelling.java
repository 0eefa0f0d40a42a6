package org.safetyflow.hazard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.casefile.CaseLabels;
import org.springframework.stereotype.Component;

/** The Chinese names ({@code *Label}), days and amounts ({@code *Text}) of what the case holds so far, for its forms and notices. */
@Component("hazardLabels")
class HazardLabelling implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        CaseLabels.name(execution, "hazardSource", HazardLabels.SOURCES);
        CaseLabels.name(execution, "hazardGrade", HazardLabels.GRADES);
        CaseLabels.name(execution, "industry", HazardLabels.INDUSTRIES);
        CaseLabels.name(execution, "gradingStandard", HazardLabels.STANDARDS);
        CaseLabels.name(execution, "listingLevel", HazardLabels.LEVELS);
        CaseLabels.name(execution, "assessmentBy", HazardLabels.ASSESSORS);
        CaseLabels.days(execution, "discoveredAt", "rectificationDueDate", "rectificationDeadline", "planDeadline");
        CaseLabels.amounts(execution, "estimatedCostYuan", "planFundsYuan");
    }
}
