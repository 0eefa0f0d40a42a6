package org.safetyflow.accident;

import static org.safetyflow.accident.AccidentLabels.GRADE_NAMES;
import static org.safetyflow.accident.AccidentLabels.LEVELS;
import static org.safetyflow.accident.AccidentLabels.LEVEL_NAMES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.registry.Authorities;
import org.safetyflow.registry.Jurisdiction;
import org.springframework.stereotype.Component;

/**
 * After the DMN {@code accident-jurisdiction} (again after a 补报 regrades): its outputs on the case,
 * whether the investigation moved up, the levels the report goes up (事故条例§10) — after a regrade
 * also the levels it has not reached yet ({@code additionalReportingLevels}) — and the names the forms
 * and notices print.
 */
@Component("investigationJurisdiction")
class InvestigationJurisdiction implements ExecutionListener {

    private final Authorities authorities;

    InvestigationJurisdiction(Authorities authorities) {
        this.authorities = authorities;
    }

    @Override
    public void notify(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) execution.getVariable("jurisdictionDecision");
        String previous = (String) execution.getVariable("investigationLevel");
        String level = (String) decision.get("investigationLevel");
        String supervision = (String) decision.get("supervisionLevel");
        execution.setVariable("investigationLevel", level);
        execution.setVariable("supervisionLevel", supervision);
        execution.setVariable("replyDays", ((Number) decision.get("replyDays")).intValue());
        execution.setVariable("investigationRaised", previous != null && LEVELS.indexOf(level) > LEVELS.indexOf(previous));
        String grade = (String) execution.getVariable("accidentGrade");
        ReportingLevels.Decision reporting = ReportingLevels.of(grade);
        List<String> further = new ArrayList<>(reporting.levels());
        if (execution.getVariable("reportingLevels") instanceof List<?> reported) {
            further.removeAll(reported);
        } else {
            further.clear();
        }
        execution.setVariable("additionalReportingLevels", further);
        execution.setVariable("reportingLevels", new ArrayList<>(reporting.levels()));
        execution.setVariable("reportingLevelsReason", reporting.reason());
        execution.setVariable("accidentGradeLabel", GRADE_NAMES.get(grade) + "事故");
        execution.setVariable("investigationLevelLabel", LEVEL_NAMES.get(level) + "人民政府");
        // The government that investigates, by name: the 挂牌督办通知书 is addressed to it (事故条例第十九条).
        // The 安委会 that lists the investigation (一般: the city's, 较大: the province's, 重大 and above: 国务院安委会) issues the
        // 挂牌督办通知书 (安委〔2010〕6号): its jurisdiction's code, or 国务院.
        execution.setVariable("supervisingJurisdiction", "STATE_COUNCIL".equals(supervision) ? "国务院"
                : authorities.ancestor(execution.getTenantId(), Jurisdiction.Level.valueOf(supervision)));
        execution.setVariable("investigatingGovernment", "STATE_COUNCIL".equals(level) ? "国务院"
                : authorities.government(execution.getTenantId(), Jurisdiction.Level.valueOf(level)));
        execution.setVariable("supervisionLevelLabel", LEVEL_NAMES.get(supervision) + "安委会");
        execution.setVariable("accidentName", execution.getVariable("enterpriseName") + GRADE_NAMES.get(grade) + "生产安全事故");
    }
}
