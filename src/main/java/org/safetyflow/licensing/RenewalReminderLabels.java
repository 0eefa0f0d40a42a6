package org.safetyflow.licensing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.safetyflow.casefile.CaseLabels;
import org.springframework.stereotype.Component;

/** What the 延续提醒's form shows: the licence type's name and the days of expiry and of the reminder. */
@Component("renewalReminderLabels")
public class RenewalReminderLabels {

    public void label(DelegateExecution execution) {
        CaseLabels.name(execution, "licenceType", LicenceTypes.NAMES);
        CaseLabels.days(execution, "licenceValidUntil", "reminderDueDate");
    }
}
