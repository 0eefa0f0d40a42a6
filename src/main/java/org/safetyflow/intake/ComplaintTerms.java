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
        return Map.of("acceptanceDueDate", "受理期限", "handlingDueDate", "办结期限", "hazardCaseNumber", "转办的隐患治理案件",
                "penaltyCaseNumber", "转办的行政处罚案件", "handOverText", "转办情况", "replySuggestion", "建议答复");
    }

    @Override
    public Map<String, Map<String, String>> codes() {
        return ComplaintLabels.NAMES;
    }
}
