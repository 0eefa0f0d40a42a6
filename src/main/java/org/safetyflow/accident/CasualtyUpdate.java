package org.safetyflow.accident;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * 补报 (事故条例§13): the figures the message brought. Inside the window ({@link CasualtyUpdateWindow})
 * they become the figures of record and the model grades the case again; later they are recorded and
 * the grade stays. Old and new figures and the reason go into the case's CASUALTY_UPDATE document.
 */
@Component("casualtyUpdate")
class CasualtyUpdate implements JavaDelegate {

    private final CaseDocuments documents;

    CasualtyUpdate(CaseDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("casualtyUpdateReceivedAt", ClockUtil.getCurrentTime());
        Map<String, Object> now = reported(execution);
        now.forEach((name, value) -> {
            if (!value.equals(execution.getVariable(name))) {
                execution.setVariable(name, value);
            }
        });
        CasualtyUpdateWindow.Window window = new CasualtyUpdateWindow.Window((Integer) execution.getVariable("supplementWindowDays"),
                (Date) execution.getVariable("supplementDeadline"),
                CasualtyUpdateWindow.SHORT_WINDOW.contains(String.valueOf(execution.getVariable("industry"))));
        CasualtyUpdateWindow.Decision decision = CasualtyUpdateWindow.decide((Date) execution.getVariable("occurredAt"), window,
                ClockUtil.getCurrentTime());
        Map<String, Object> content = new LinkedHashMap<>();
        for (String figure : now.keySet()) {
            String capitalised = Character.toUpperCase(figure.charAt(0)) + figure.substring(1);
            content.put("old" + capitalised, execution.getVariable("recorded" + capitalised));
            content.put("new" + capitalised, now.get(figure));
        }
        content.put("withinWindow", decision.regrades());
        content.put("windowDays", window.days());
        content.put("reason", decision.reason());
        documents.fromRule(execution, "CASUALTY_UPDATE", decision.regrades() ? "事故补报（重新定级）" : "事故补报（逾期，仅记录）", content);
        execution.setVariable("updateInWindow", decision.regrades());
        if (decision.regrades()) {
            recordFigures(execution);
        }
    }

    /** The figures of record: those the grade was last decided on. */
    static void recordFigures(DelegateExecution execution) {
        execution.setVariable("recordedDeaths", execution.getVariable("deaths"));
        execution.setVariable("recordedSeriousInjuries", execution.getVariable("seriousInjuries"));
        execution.setVariable("recordedDirectEconomicLossYuan", execution.getVariable("directEconomicLossYuan"));
    }

    private static Map<String, Object> reported(DelegateExecution execution) {
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("deaths", convert(execution, "deaths", "死亡人数", FieldType.count()));
        now.put("seriousInjuries", convert(execution, "seriousInjuries", "重伤人数", FieldType.count()));
        now.put("directEconomicLossYuan", convert(execution, "directEconomicLossYuan", "直接经济损失（元）", FieldType.amountOfYuan()));
        return now;
    }

    private static Object convert(DelegateExecution execution, String name, String label, FieldType type) {
        try {
            return type.convert(execution.getVariable(name), null);
        } catch (FieldType.InvalidValue e) {
            throw new InvalidInputException(name, "补报的「" + label + "」（" + name + "）" + e.getMessage());
        }
    }
}
