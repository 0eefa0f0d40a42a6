package org.safetyflow.enforcement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.springframework.stereotype.Component;

/**
 * Tells the officer at the 呈批 and the head at the decision whether 提请关闭 applies (安全生产法第一百一十三条第一项,
 * {@link ClosureReferral}), counting the enterprise's earlier penalties on the day the step opens and again on the day it
 * is done: shown on the form ({@code closureReferralReason}) and recorded in the case ({@code closureReferralApplies}).
 */
@Component("penaltyClosure")
public class PenaltyClosureReferrals {

    private final ClosureReferral rule;

    PenaltyClosureReferrals(ClosureReferral rule) {
        this.rule = rule;
    }

    /** The 呈批 opens: whether the officer will find a 重大事故隐患 is not known yet. */
    public void proposing(DelegateTask task) {
        assess(task, null);
    }

    /** The 呈批 done, with the officer's answer on the 重大事故隐患; the decision opens, or is made, likewise. */
    public void assessed(DelegateTask task) {
        assess(task, Boolean.TRUE.equals(task.getVariable("majorHazard")));
    }

    private void assess(DelegateTask task, Boolean majorHazard) {
        ClosureReferral.Decision decision = rule.assess(EarlierPenalties.of(task.getProcessEngineServices().getHistoryService(),
                (String) task.getVariable("enterpriseCreditCode"), task.getExecution().getProcessBusinessKey()),
                CalendarDays.dayOf(ClockUtil.getCurrentTime()), majorHazard);
        task.setVariable("closureReferralApplies", decision.applies());
        task.setVariable("closureReferralReason", decision.reason());
    }
}
