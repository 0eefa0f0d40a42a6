package org.safetyflow.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.registry.Blacklist;
import org.safetyflow.registry.EnterpriseStarts;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/**
 * A licensing case opens (contract §4, §9): its 受理 and decision limits counted from receipt, the materials and
 * what is missing of them, the gates as they stand, and for a 延续 its track (and the licence's 延续提醒 ends).
 */
@Component("licensingOpening")
class LicensingOpening implements ExecutionListener {

    private final TimeLimits limits;
    private final LicensingGateRecord gates;
    private final LicenceRegister register;
    private final Blacklist blacklist;
    private final RenewalReminders reminders;

    LicensingOpening(TimeLimits limits, LicensingGateRecord gates, LicenceRegister register, Blacklist blacklist,
            RenewalReminders reminders) {
        this.limits = limits;
        this.gates = gates;
        this.register = register;
        this.blacklist = blacklist;
        this.reminders = reminders;
    }

    @Override
    public void notify(DelegateExecution execution) {
        EnterpriseStarts.requireOwnEnterprise(execution);
        Date received = (Date) execution.getVariable("receivedAt");
        execution.setVariable("acceptanceDueDate", limits.after("licensing.acceptance", received));
        execution.setVariable("decisionDueDate", limits.after("licensing.decision", received));
        CaseLabels.name(execution, "licenceType", LicenceTypes.NAMES);
        CaseLabels.name(execution, "applicationType", Map.of("NEW", "新申请", "RENEWAL", "延续"));
        CaseLabels.days(execution, "receivedAt", "acceptanceDueDate", "decisionDueDate");
        LicensingMaterials.record(execution);
        gates.record(execution);
        if ("RENEWAL".equals(execution.getVariable("applicationType"))) {
            Licence licence = register.find((String) execution.getVariable("licenceNumber")).orElseThrow();
            List<String> deaths = new ArrayList<>();
            List<String> penalties = new ArrayList<>();
            SystemActions.inThisCommand(() -> {
                deaths.addAll(accidentsWithDeaths(execution, licence));
                penalties.addAll(penalties(execution, licence));
            });
            RenewalTrack.Decision track = RenewalTrack.decide(deaths, penalties, blacklist.isListed(licence.enterpriseCreditCode()));
            execution.setVariable("renewalTrack", track.track());
            execution.setVariable("renewalTrackReason", track.reason());
            reminders.renewalApplied(licence.licenceNumber(), execution.getProcessBusinessKey());
        }
    }

    /**
     * The administrative penalties decided in SafetyFlow against the enterprise within the licence's validity: the
     * 暂扣/吊销 of any of its licences, as the register's history records them with their cases ({@code licence-sanction}),
     * and the {@code administrative-penalty} cases that ended in a penalty ({@code decision} PENALIZED) decided then.
     */
    private List<String> penalties(DelegateExecution execution, Licence licence) {
        List<String> penalties = new ArrayList<>();
        for (Licence held : register.ofEnterprise(licence.enterpriseCreditCode())) {
            for (Licence.StatusChange change : held.history()) {
                boolean penalty = "SUSPENDED".equals(change.status()) || "REVOKED".equals(change.status());
                if (penalty && change.caseNumber() != null && !change.date().isBefore(licence.validFrom())
                        && !change.date().isAfter(licence.validUntil())) {
                    penalties.add(change.statusName() + " " + change.date() + "，案件 " + change.caseNumber());
                }
            }
        }
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        for (HistoricProcessInstance penalty : history.createHistoricProcessInstanceQuery().processDefinitionKey("administrative-penalty")
                .variableValueEquals("enterpriseCreditCode", licence.enterpriseCreditCode()).variableValueEquals("decision", "PENALIZED").list()) {
            Date decided = (Date) variable(history, penalty, "decidedAt");
            LocalDate day = decided == null ? null : CalendarDays.dayOf(decided);
            if (day != null && !day.isBefore(licence.validFrom()) && !day.isAfter(licence.validUntil())) {
                penalties.add(variable(history, penalty, "penaltyDecisionText") + " " + day + "，案件 " + penalty.getBusinessKey());
            }
        }
        return penalties;
    }

    private static Object variable(HistoryService history, HistoricProcessInstance instance, String name) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    private static List<String> accidentsWithDeaths(DelegateExecution execution, Licence licence) {
        List<String> cases = new ArrayList<>();
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        for (HistoricProcessInstance accident : history.createHistoricProcessInstanceQuery().processDefinitionKey("accident-investigation")
                .variableValueEquals("enterpriseCreditCode", licence.enterpriseCreditCode()).variableValueGreaterThanOrEqual("deaths", 1).list()) {
            HistoricVariableInstance occurred = history.createHistoricVariableInstanceQuery().processInstanceId(accident.getId()).variableName("occurredAt").singleResult();
            LocalDate day = occurred == null ? null : CalendarDays.dayOf((Date) occurred.getValue());
            if (day != null && !day.isBefore(licence.validFrom()) && !day.isAfter(licence.validUntil())) {
                cases.add(accident.getBusinessKey());
            }
        }
        return cases;
    }
}
