package org.safetyflow.licensing;

import java.util.Map;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/** What a 延续提醒's own variables are called and the names of its codes. */
@Component
class RenewalReminderTerms implements CaseTerms {

    @Override
    public String processKey() {
        return RenewalReminders.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("renewalCaseNumber", "延续申请案件编号");
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        return Map.of("licenceType", LicenceTypes.NAMES, "notificationMethod", RenewalReminderInputs.METHODS);
    }
}
