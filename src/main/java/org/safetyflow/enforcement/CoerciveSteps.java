package org.safetyflow.enforcement;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.casefile.CaseRelation;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.Actors;
import org.safetyflow.security.SystemActions;
import org.safetyflow.security.UserNames;
import org.springframework.stereotype.Component;

/**
 * The steps of a 行政强制措施 case that are not a person's: the case opens (the source case linked both ways), the
 * 30-day period of a 查封、扣押 counted from its implementation and its one extension (行政强制法第二十五条), the 24 hours
 * of an urgent measure's ex-post approval (第十九条), the handling decision (解除, or 没收 by a linked 行政处罚 case, or
 * 移送), the lifting at the end of the period (第二十八条), and the 24 hours' notice before a 停止供电 (安全生产法第七十条).
 */
@Component("coerciveSteps")
public class CoerciveSteps implements ExecutionListener {

    static final CaseRelation COERCIVE = new CaseRelation("COERCIVE_MEASURE", "采取行政强制措施", "行政强制措施的来源案件");
    static final CaseRelation CONFISCATION = new CaseRelation("COERCIVE_CONFISCATION", "没收查封扣押财物的行政处罚", "没收的查封、扣押财物");
    static final Map<String, String> MEASURES = Map.of("SEIZURE", "查封", "DETENTION", "扣押", "POWER_CUT", "停止供电",
            "EXPLOSIVES_STOP", "停止供应民用爆炸物品");
    static final Map<String, String> LIFT_REASONS = Map.of("NOT_APPROVED", "当场实施后负责人不予批准，立即解除（行政强制法第十九条）",
            "NO_LONGER_NEEDED", "不再需要查封、扣押（行政强制法第二十八条第一款）",
            "EXPIRED", "查封、扣押期限已经届满（行政强制法第二十八条第一款第四项）");

    private static final DateTimeFormatter TO_THE_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final TimeLimits limits;
    private final CaseLinks links;

    CoerciveSteps(TimeLimits limits, CaseLinks links) {
        this.limits = limits;
        this.links = links;
    }

    /** The case opens: its kind, the defaults its gateways read, and the source case linked both ways. */
    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable("openedAt", ClockUtil.getCurrentTime());
        execution.setVariable("seizureMeasure", CoerciveInputs.seizure(execution.getVariable("measureType")));
        if (!(execution.getVariable("urgent") instanceof Boolean)) {
            execution.setVariable("urgent", false);
        }
        CaseLabels.name(execution, "measureType", MEASURES);
        if (execution.getVariable("sourceCaseNumber") instanceof String source) {
            requireKnownCase(execution, source, "sourceCaseNumber", "未找到来源案件 ");
            links.link(source, execution.getProcessBusinessKey(), COERCIVE);
        }
    }

    public void approved(DelegateTask task) {
        task.setVariable("approvedBy", actor(task));
        task.setVariable("approvedAt", ClockUtil.getCurrentTime());
    }

    /**
     * 实施: the period runs 30 days from the implementation (行政强制法第二十五条), the handling decision is due within
     * the configured days but never after the period; an urgent measure is approved by the head within 24 hours.
     */
    public void implemented(DelegateTask task) {
        Date done = (Date) task.getVariable("implementedAt");
        Date period = limits.after("coercive.period", done);
        Date handling = limits.after("coercive.handling", done);
        task.setVariable("implementedBy", actor(task));
        task.setVariable("periodEndsAt", period);
        task.setVariable("handlingDueDate", handling.after(period) ? period : handling);
        if (Boolean.TRUE.equals(task.getVariable("urgent"))) {
            task.setVariable("exPostDueDate", limits.after("coercive.urgent-approval", done));
            task.setVariable("exPostOverdue", false);
            toTheMinute(task, "exPostDueDate");
        }
        CaseLabels.days(task, "implementedAt", "periodEndsAt", "handlingDueDate");
    }

    /** 补办批准 (行政强制法第十九条): recorded with who and when; not approved, the measure is lifted at once. */
    public void exPostDecided(DelegateTask task) {
        task.setVariable("exPostApprovedBy", actor(task));
        task.setVariable("exPostDecidedAt", ClockUtil.getCurrentTime());
        if (Boolean.FALSE.equals(task.getVariable("exPostApproved"))) {
            liftBecause(task, "NOT_APPROVED");
        }
    }

    /**
     * 24 hours passed without the ex-post approval (行政强制法第十九条): the overrun is recorded in the case
     * ({@code exPostOverdue}, {@code exPostOverdueAt}) and in its timeline; the approval stays open — the head may still
     * approve, or not approve and the measure is lifted at once — and the head is asked to supervise it.
     */
    public void exPostOverdue(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        execution.setVariable("exPostOverdue", true);
        execution.setVariable("exPostOverdueAt", now);
        toTheMinute(execution, "exPostOverdueAt");
        String measure = MEASURES.get((String) execution.getVariable("measureType"));
        String message = "当场实施的" + measure + "已超过 24 小时（" + execution.getVariable("exPostDueDateText")
                + " 届满）仍未经行政机关负责人补办批准（行政强制法第十九条）：逾期已记录，已提请机关负责人督办；负责人不批准的，应当立即解除";
        // The engine's own work (a timer) or whoever ran the job: the case's timeline gets the overrun either way.
        SystemActions.inThisCommand(() -> execution.getProcessEngineServices().getTaskService()
                .createComment(null, execution.getProcessInstanceId(), message));
    }

    /** 处理决定: 没收 only through a 行政处罚 case that exists (linked both ways), 移送 recorded, 解除 handed to the head. */
    public void handled(DelegateTask task) {
        String handling = (String) task.getVariable("handling");
        task.setVariable("handledBy", actor(task));
        switch (handling) {
            case "CONFISCATE" -> {
                String penalty = (String) task.getVariable("penaltyCaseNumber");
                requireKnownCase(task.getExecution(), penalty, "penaltyCaseNumber", "未找到行政处罚案件 ");
                links.link(task.getExecution().getProcessBusinessKey(), penalty, CONFISCATION);
                task.setVariable("disposal", "CONFISCATED");
                task.setVariable("disposalText", "依行政处罚决定没收（" + penalty + "）");
            }
            case "TRANSFER" -> {
                task.setVariable("disposal", "TRANSFERRED");
                task.setVariable("disposalText", "移送" + task.getVariable("transferredTo"));
            }
            case "LIFT" -> liftBecause(task, "NO_LONGER_NEEDED");
            default -> task.setVariable("extensionRequestedAt", ClockUtil.getCurrentTime());
        }
    }

    /** 延长 (行政强制法第二十五条): once, by at most the configured days, the party told in writing; refused, nothing changes. */
    public void extensionDecided(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable("extensionApproved"))) {
            return;
        }
        int days = (Integer) task.getVariable("extensionDays");
        Date before = (Date) task.getVariable("periodEndsAt");
        Date after = CalendarDays.endOfNthDayAfter(before, days);
        task.setVariable("extensionCount", 1);
        task.setVariable("periodEndsAt", after);
        task.setVariable("handlingDueDate", after);
        task.setVariable("extensions", CalendarDays.chinese(ClockUtil.getCurrentTime()) + "经" + actorsName(task) + "批准延长 " + days + " 日，期限由"
                + CalendarDays.chinese(before) + "延至" + CalendarDays.chinese(after) + "；延长期限通知书已书面告知当事人");
        CaseLabels.days(task, "periodEndsAt", "handlingDueDate");
    }

    /** The period ran out without a decision: the measure must be lifted (行政强制法第二十八条第一款第四项). */
    public void expired(DelegateExecution execution) {
        execution.setVariable("expiredAt", ClockUtil.getCurrentTime());
        liftBecause(execution, "EXPIRED");
    }

    public void lifted(DelegateTask task) {
        task.setVariable("liftedBy", actor(task));
    }

    /** The 通知书 served: the supplier may act only 24 hours later (安全生产法第七十条第一款). */
    public void supplyNoticeServed(DelegateTask task) {
        task.setVariable("supplyActionNotBefore", limits.after("coercive.supply-notice", (Date) task.getVariable("supplyNoticeServedAt")));
        toTheMinute(task, "supplyActionNotBefore");
    }

    /** 复查: once the enterprise complies, the measure is lifted within the configured limit (安全生产法第七十条第二款). */
    public void rechecked(DelegateTask task) {
        task.setVariable("recheckedBy", actor(task));
        if (Boolean.TRUE.equals(task.getVariable("complied"))) {
            task.setVariable("supplyLiftDueDate", limits.due("coercive.supply-lift"));
            CaseLabels.days(task, "supplyLiftDueDate");
        }
    }

    /** {@code <variable>Text} to the minute, for the limits counted in hours (行政强制法第十九条, 安全生产法第七十条). */
    private static void toTheMinute(VariableScope scope, String variable) {
        scope.setVariable(variable + "Text", toTheMinute((Date) scope.getVariable(variable)));
    }

    /** A moment as users read it, to the minute: 2026年5月1日 10:00 (Asia/Shanghai). */
    static String toTheMinute(Date moment) {
        return CalendarDays.chinese(moment) + " " + TO_THE_MINUTE.format(moment.toInstant().atZone(CalendarDays.STATUTORY_ZONE));
    }

    private static void liftBecause(VariableScope scope, String reason) {
        scope.setVariable("liftReason", reason);
        scope.setVariable("liftReasonLabel", LIFT_REASONS.get(reason));
    }

    /** A linked case must be one the caller may read (the engine's authorizations and tenants decide). */
    private static void requireKnownCase(DelegateExecution execution, String caseNumber, String field, String message) {
        if (execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).count() == 0) {
            throw Refusal.invalid(field, message + caseNumber + "（或该案件不在您的管辖区划内）");
        }
    }

    /** Who acts, as a reader knows him (the records a person reads name people, not user ids). */
    private static String actorsName(DelegateTask task) {
        return UserNames.of(task.getProcessEngineServices().getIdentityService(), actor(task));
    }

    private static String actor(VariableScope scope) {
        String actor = scope instanceof DelegateTask task ? Actors.current(task.getProcessEngineServices())
                : Actors.current(((DelegateExecution) scope).getProcessEngineServices());
        return actor == null ? "system" : actor;
    }
}
