package org.safetyflow.intake;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.casefile.CaseLabels;
import org.springframework.stereotype.Component;

/** The Chinese names of a 12350 report's codes and its handling limit as a day, for the clerks' forms. */
@Component("complaintLabels")
class ComplaintLabels implements ExecutionListener {

    static final Map<String, Map<String, String>> NAMES = Map.of(
            "reportChannel", Map.of("HOTLINE_12350", "12350 热线", "ONLINE", "网络平台", "LETTER", "来信", "VISIT", "来访"),
            "reportCategory", Map.of("MAJOR_HAZARD", "重大事故隐患", "VIOLATION", "安全生产违法行为", "ACCIDENT_CONCEALMENT", "瞒报、谎报事故",
                    "OTHER", "其他"),
            "acceptance", Map.of("ACCEPT", "受理", "TRANSFER", "移送有关部门", "REJECT", "不予受理"),
            "verificationResult", Map.of("SUBSTANTIATED", "属实", "PARTIALLY_SUBSTANTIATED", "部分属实", "UNSUBSTANTIATED", "不属实"));

    @Override
    public void notify(DelegateExecution execution) {
        NAMES.forEach((variable, names) -> CaseLabels.name(execution, variable, names));
        CaseLabels.days(execution, "acceptanceDueDate", "handlingDueDate");
    }
}
