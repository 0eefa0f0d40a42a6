package org.safetyflow.licensing;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.rules.HearingChair;
import org.safetyflow.enforcement.HearingChairs;
import org.safetyflow.enforcement.PenaltyProcedure;
import org.safetyflow.security.Actors;
import org.springframework.stereotype.Component;

/**
 * The steps of a 暂扣/吊销 case that are not a person's: who has the right to a hearing (行政处罚法第六十三条), how
 * long the holder has to answer (第四十五条、第六十四条), an impartial chair (第六十四条第四项), the register's
 * record of the decision and, when a 暂扣 runs out, the licence given back.
 */
@Component("licenceSanctionSteps")
public class LicenceSanctionSteps {

    static final Map<String, String> SANCTIONS = Map.of("SUSPEND", "暂扣安全生产许可证", "REVOKE", "吊销安全生产许可证",
            "NO_SANCTION", "不予行政处罚");

    private final TimeLimits limits;
    private final LicenceRegister register;
    private final HearingChairs chairs;

    LicenceSanctionSteps(TimeLimits limits, LicenceRegister register, HearingChairs chairs) {
        this.limits = limits;
        this.register = register;
        this.chairs = chairs;
    }

    /** 拟处理意见: 吊销, or a 暂扣 of the configured length or longer, carries the right to a hearing. */
    public void proposed(DelegateTask task) {
        int threshold = limits.limit("licence-sanction.hearing-suspension").in(TimeLimit.Unit.MONTHS);
        boolean hearing = "REVOKE".equals(task.getVariable("proposedSanction"))
                || task.getVariable("proposedSuspensionMonths") instanceof Integer months && months >= threshold;
        task.setVariable("hearingRight", hearing);
        task.setVariable("hearingRightLabel", hearing ? "是（行政处罚法第六十三条）" : "否");
        String actor = Actors.current(task.getProcessEngineServices());
        if (actor != null) {
            task.setVariable("proposedBy", actor);
        }
        CaseLabels.name(task, "proposedSanction", SANCTIONS);
    }

    /** 告知 served: the holder answers, and asks for a hearing where it has the right, within the limit from service. */
    public void noticeServed(DelegateTask task) {
        PenaltyProcedure.noticeServed(task, limits, LicenceSanctionInputs.PROCEDURE_LIMITS);
    }

    /** The period ran out with no 陈述申辩 and no hearing requested: recorded so, and the case goes on to the decision. */
    public void noRequest(DelegateExecution execution) {
        PenaltyProcedure.noRequest(execution);
    }

    /** 通知听证 opens: the 法制审核员 it may name chair, not who proposed the sanction. */
    public void offerHearingChairs(DelegateTask task) {
        chairs.offer(task, task.getVariable("proposedBy"));
    }

    /** The hearing noticed with an impartial chair: the 听证笔录 is due after the hearing day. */
    public void hearingNoticed(DelegateTask task) {
        PenaltyProcedure.hearingNoticed(task, limits, LicenceSanctionInputs.PROCEDURE_LIMITS, chairs, task.getVariable("proposedBy"));
    }

    /** 听证由非本案调查人员主持 (行政处罚法第六十四条第四项): who proposed the sanction does not chair its hearing. */
    public void requireImpartialChair(DelegateTask task) {
        HearingChair.requireImpartial(Actors.current(task.getProcessEngineServices()), task.getVariable("proposedBy"));
    }

    /** The decision in the register: 暂扣 from today for the months decided (given back the day after), or 吊销. */
    public void record(DelegateExecution execution) {
        String number = (String) execution.getVariable("licenceNumber");
        String caseNumber = execution.getProcessBusinessKey();
        String actor = Objects.requireNonNullElse(Actors.current(execution.getProcessEngineServices()), "system");
        LocalDate today = CalendarDays.dayOf(ClockUtil.getCurrentTime());
        String reason = execution.getVariable("decisionNumber") + "：" + execution.getVariable("decisionReason");
        CaseLabels.name(execution, "sanctionDecision", SANCTIONS);
        if ("SUSPEND".equals(execution.getVariable("sanctionDecision"))) {
            LocalDate until = today.plusMonths((Integer) execution.getVariable("suspensionMonths")).minusDays(1);
            register.suspend(number, today, until, reason, caseNumber, actor);
            execution.setVariable("suspendedUntil", CalendarDays.endOf(until));
            execution.setVariable("suspensionEndsAt", Date.from(until.plusDays(1).atStartOfDay(CalendarDays.STATUTORY_ZONE).toInstant()));
            execution.setVariable("decision", "SUSPENDED");
            CaseLabels.days(execution, "suspendedUntil");
        } else {
            register.revoke(number, today, reason, caseNumber, actor);
            execution.setVariable("decision", "REVOKED");
        }
    }

    /** The 暂扣 ran out: the licence is given back (unless revoked meanwhile, which stands). */
    public void reinstate(DelegateExecution execution) {
        Licence licence = register.reinstate((String) execution.getVariable("licenceNumber"), CalendarDays.dayOf(ClockUtil.getCurrentTime()),
                "暂扣期满，发还许可证", execution.getProcessBusinessKey(), "system");
        execution.setVariable("licenceStatusAfterSuspension", licence.status());
    }

    /** 不予行政处罚: the licence stays as it is. */
    public void notSanctioned(DelegateExecution execution) {
        CaseLabels.name(execution, "sanctionDecision", SANCTIONS);
        execution.setVariable("decision", "NOT_SANCTIONED");
    }
}
