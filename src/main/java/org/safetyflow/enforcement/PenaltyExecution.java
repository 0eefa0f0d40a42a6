package org.safetyflow.enforcement;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.security.Actors;
import org.springframework.stereotype.Component;

/**
 * Carrying out a 行政处罚决定 beyond the payment: the 复查 after the 责令改正's deadline and, when the fined enterprise
 * refuses to correct, a new case of 按日连续处罚 (安全生产法第一百一十二条), linked both ways.
 */
@Component("penaltyExecution")
public class PenaltyExecution {

    static final String CONTINUING_VIOLATION = "CONTINUING_VIOLATION";

    private final PenaltyCases penaltyCases;

    PenaltyExecution(PenaltyCases penaltyCases) {
        this.penaltyCases = penaltyCases;
    }

    /** 复查 recorded: corrected, or 拒不改正 — with a fine a new case follows; without one it is only recorded. */
    public void rechecked(DelegateTask task) {
        boolean refused = !Boolean.TRUE.equals(task.getVariable("corrected"));
        task.setVariable("correctionRecheckedBy", actor(task));
        task.setVariable("correctionRefused", refused);
        if (refused && !Boolean.TRUE.equals(task.getVariable("fined"))) {
            task.setVariable("correctionRefusalNote", "拒不改正；原决定未处以罚款，不适用按日连续处罚（" + ContinuingViolationFine.ARTICLE
                    + "），可依法另行立案查处");
        }
        CaseLabels.days(task, "recheckedAt");
    }

    /**
     * 拒不改正 after a fine: a new {@code administrative-penalty} case (立案 now, in the recheck's transaction and the
     * officer's name) with the original fine per day from the day after the decision that ordered the correction up to the
     * day of the 复查 ({@link ContinuingViolationFine}); linked both ways by its opening.
     */
    public void openContinuingViolation(DelegateExecution execution) {
        LocalDate ordered = CalendarDays.dayOf((Date) execution.getVariable("decidedAt"));
        Map<String, Object> start = new HashMap<>();
        for (String name : new String[] {"jurisdiction", "enterpriseName", "enterpriseCreditCode"}) {
            start.put(name, execution.getVariable(name));
        }
        start.put("caseSource", CONTINUING_VIOLATION);
        start.put("violationFacts", "行政处罚决定（" + execution.getVariable("decisionNumber") + "）责令改正：" + execution.getVariable("correctionRequirement")
                + "；改正期限" + CalendarDays.chinese((Date) execution.getVariable("correctionDueDate")) + "届满后，经"
                + CalendarDays.chinese((Date) execution.getVariable("recheckedAt")) + "复查，当事人拒不改正：" + execution.getVariable("recheckOpinion"));
        start.put("originalFineYuan", originalFine(execution));
        start.put("dailyFineFrom", Date.from(ContinuingViolationFine.firstDay(ordered).atStartOfDay(CalendarDays.STATUTORY_ZONE).toInstant()));
        start.put("refusalFoundOn", execution.getVariable("recheckedAt"));
        execution.setVariable("continuingViolationCaseNumber", penaltyCases.open(start, execution.getProcessBusinessKey()));
    }

    /** The fine of the original decision; a case that is itself 按日连续处罚 carries the original one on. */
    private static Number originalFine(VariableScope scope) {
        return scope.getVariable("originalFineYuan") instanceof Number original ? original : (Number) scope.getVariable("fineAmountYuan");
    }

    private static String actor(VariableScope scope) {
        String actor = scope instanceof DelegateTask task ? Actors.current(task.getProcessEngineServices())
                : Actors.current(((DelegateExecution) scope).getProcessEngineServices());
        return actor == null ? "system" : actor;
    }
}
