package org.safetyflow.intake;

import java.util.Map;
import org.safetyflow.casefile.CaseTerms;
import org.springframework.stereotype.Component;

/** What a 12350 report's own variables are called, and its codes by the names its forms show ({@link ComplaintLabels}). */
@Component
class ComplaintTerms implements CaseTerms {

    @Override
    public String processKey() {
        return ComplaintIntakeInputs.PROCESS_KEY;
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("acceptanceDueDate", "受理期限", "handlingDueDate", "办结期限");
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        return ComplaintLabels.NAMES;
    }
}
