package org.safetyflow.hazard;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.calendar.CalendarDays;
import org.springframework.stereotype.Component;

/** The Chinese names ({@code *Label}) and days ({@code *Text}) of what the case holds so far, for its forms and notices. */
@Component("hazardLabels")
class HazardLabelling implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        label(execution, "hazardSource", HazardLabels.SOURCES);
        label(execution, "hazardGrade", HazardLabels.GRADES);
        label(execution, "industry", HazardLabels.INDUSTRIES);
        label(execution, "gradingStandard", HazardLabels.STANDARDS);
        label(execution, "listingLevel", HazardLabels.LEVELS);
        label(execution, "assessmentBy", HazardLabels.ASSESSORS);
        for (String day : new String[] {"discoveredAt", "rectificationDueDate", "rectificationDeadline", "planDeadline"}) {
            if (execution.getVariable(day) instanceof Date date) {
                execution.setVariable(day + "Text", CalendarDays.chinese(date));
            }
        }
    }

    private static void label(DelegateExecution execution, String variable, Map<String, String> names) {
        if (execution.getVariable(variable) instanceof String code && names.containsKey(code)) {
            execution.setVariable(variable + "Label", names.get(code));
        }
    }
}
