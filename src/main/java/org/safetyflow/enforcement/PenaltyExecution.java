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
 * refuses to correct, a new case of 按日连续处罚 (安全生产法第一百一十二条), linked both ways; the 停产停业整顿 from its
 * service to the 复产 the officers agree to (安全生产法第六十五条第一款第三项; 16号令第二十三条), and a refusal to stop that
 * asks for 停止供电、停止供应民用爆炸物品 in a linked 行政强制措施 case (安全生产法第七十条) and is a ground of 关闭 (第一百一十三条第四项).
 */
@Component("penaltyExecution")
public class PenaltyExecution {

    static final String CONTINUING_VIOLATION = "CONTINUING_VIOLATION";
    static final Map<String, String> SHUTDOWN_STATUS = Map.of("SHUT", "停产停业整顿中", "RESUMED", "已恢复生产经营");
    static final Map<String, String> SUPPLY_MEASURES = Map.of("POWER_CUT", "停止供电", "EXPLOSIVES_STOP", "停止供应民用爆炸物品");

    private final PenaltyCases penaltyCases;
    private final CoerciveMeasures coerciveMeasures;

    PenaltyExecution(PenaltyCases penaltyCases, CoerciveMeasures coerciveMeasures) {
        this.penaltyCases = penaltyCases;
        this.coerciveMeasures = coerciveMeasures;
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

    /** The decision served: the enterprise stops from then on, for the period decided or until the officers agree to 复产. */
    public void shutdownStarted(DelegateExecution execution) {
        execution.setVariable("shutdownFrom", execution.getVariable("deliveredAt"));
        execution.setVariable("shutdownPeriodText", execution.getVariable("shutdownUntil") instanceof Date until
                ? "至" + CalendarDays.chinese(until) : "至整顿合格、经审查同意恢复生产经营为止");
        status(execution, "SHUT");
        CaseLabels.days(execution, "shutdownFrom");
    }

    public void resumptionApplied(DelegateTask task) {
        CaseLabels.days(task, "resumptionAppliedAt");
    }

    /**
     * 复产审查: agreed, production resumes on the day of the review; not agreed, the enterprise stays shut and may apply
     * again — and once the period decided has passed, 仍不具备安全生产条件 is a ground of 关闭 (第一百一十三条第二项).
     */
    public void resumptionReviewed(DelegateTask task) {
        task.setVariable("resumptionReviewedBy", actor(task));
        if (Boolean.TRUE.equals(task.getVariable("resumptionAgreed"))) {
            task.setVariable("productionResumedAt", task.getVariable("resumptionReviewedAt"));
            status(task, "RESUMED");
            CaseLabels.days(task, "productionResumedAt");
            return;
        }
        task.setVariable("resumptionRefusals", task.getVariable("resumptionRefusals") instanceof Integer n ? n + 1 : 1);
        if (task.getVariable("shutdownUntil") instanceof Date until
                && CalendarDays.dayOf((Date) task.getVariable("resumptionReviewedAt")).isAfter(CalendarDays.dayOf(until))) {
            task.setVariable("shutdownClosureNote", "停产停业整顿期限（" + CalendarDays.chinese(until) + "）届满，经整顿仍不具备安全生产条件，"
                    + "应当提请地方人民政府予以关闭，有关部门应当依法吊销其有关证照（安全生产法第一百一十三条第二项）");
        }
    }

    /** 拒不执行停产停业整顿决定 recorded: a ground of 关闭 (安全生产法第一百一十三条第四项) whatever else follows. */
    public void shutdownRefusalRecorded(DelegateTask task) {
        task.setVariable("shutdownRefusalRecordedBy", actor(task));
        task.setVariable("shutdownRefusalClosureNote", ClosureReferral.SHUTDOWN_REFUSED);
        task.setVariable("shutdownRefusals", task.getVariable("shutdownRefusals") instanceof Integer n ? n + 1 : 1);
        CaseLabels.name(task, "supplyMeasure", SUPPLY_MEASURES);
    }

    /**
     * 拒不执行, 有发生生产安全事故的现实危险: a {@code coercive-measure} case for 停止供电 or 停止供应民用爆炸物品 opens in the
     * officer's transaction and name (安全生产法第七十条), linked both ways; its own approval, 24 hours' notice and lifting run there.
     */
    public void requestSupplyStop(DelegateExecution execution) {
        Map<String, Object> start = new HashMap<>();
        for (String name : new String[] {"jurisdiction", "enterpriseName", "enterpriseCreditCode"}) {
            start.put(name, execution.getVariable(name));
        }
        start.put("measureType", execution.getVariable("supplyMeasure"));
        start.put("measureFacts", "拒不执行行政处罚决定（" + execution.getVariable("decisionNumber") + "）责令停产停业整顿的决定，有发生生产安全事故的现实危险："
                + execution.getVariable("shutdownRefusalFacts"));
        start.put("legalBasis", "安全生产法第七十条第一款");
        execution.setVariable("supplyStopCaseNumber", coerciveMeasures.open(start, execution.getProcessBusinessKey()));
    }

    private static void status(VariableScope scope, String status) {
        scope.setVariable("shutdownStatus", status);
        CaseLabels.name(scope, "shutdownStatus", SHUTDOWN_STATUS);
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
