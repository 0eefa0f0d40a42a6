package org.safetyflow.licensing;

import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.casefile.ModelProperties;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.Actors;
import org.springframework.stereotype.Component;

/**
 * The licensing case's steps that are not a person's: 补正 restarting 受理 (许可法§32), silence taken as
 * 受理, the licence issued or renewed in the register on GRANTED, a 延续 renewed when the old licence expires
 * undecided (许可法§50), an application withdrawn, and the
 * {@code decision} (contract §4) the end events declare.
 */
@Component("licensingDecisions")
public class LicensingDecisions {

    private final TimeLimits limits;
    private final LicenceRegister register;

    LicensingDecisions(TimeLimits limits, LicenceRegister register) {
        this.limits = limits;
        this.register = register;
    }

    /**
     * 补正材料已提交: 受理 starts again, 5 working days from the submission; the message may carry the materials now at hand
     * ({@code submittedMaterials}, the whole list), and what is still missing is listed again.
     */
    public void correctionSubmitted(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        execution.setVariable("correctionSubmittedAt", now);
        execution.setVariable("acceptanceDueDate", limits.after("licensing.acceptance", now));
        CaseLabels.days(execution, "acceptanceDueDate");
        LicensingMaterials.addCorrected(execution);
        LicensingMaterials.record(execution);
        // 受理 starts afresh: its form must not open with the last round's conclusion (the timeline keeps it).
        execution.removeVariable("acceptanceDecision");
    }

    /** The applicant's 补正 task offers the items still missing as a checklist ({@code missingMaterialOptions}). */
    public void offerMissingMaterials(DelegateTask task) {
        task.setVariableLocal("missingMaterialOptions", LicensingMaterials.options(task.getVariable("missingMaterials")));
    }

    /** No answer within the 受理 limit: accepted from receipt (许可法§32). */
    public void deemedAccepted(DelegateExecution execution) {
        execution.setVariable("acceptanceDecision", "ACCEPT");
        execution.setVariable("acceptanceOpinion", "许可机关未在受理期限内作出是否受理的决定，依法自收到申请材料之日起即为受理");
    }

    /** GRANTED: a new licence in the register, or the renewed one's validity moved on by three years. */
    public void issue(DelegateExecution execution) {
        int years = limits.limit("licensing.validity").in(TimeLimit.Unit.YEARS);
        String actor = Objects.requireNonNullElse(Actors.current(execution.getProcessEngineServices()), "system");
        String caseNumber = execution.getProcessBusinessKey();
        Licence licence;
        if ("RENEWAL".equals(execution.getVariable("applicationType"))) {
            Licence old = register.find((String) execution.getVariable("licenceNumber")).orElseThrow();
            licence = register.renew(old.licenceNumber(), old.validUntil().plusYears(years), caseNumber, actor);
        } else {
            LocalDate today = CalendarDays.dayOf(ClockUtil.getCurrentTime());
            licence = register.issue((String) execution.getVariable("licenceType"), (String) execution.getVariable("enterpriseCreditCode"),
                    (String) execution.getVariable("enterpriseName"), (String) execution.getVariable("jurisdiction"), today,
                    today.plusYears(years).minusDays(1), caseNumber, actor);
        }
        execution.setVariable("licenceNumber", licence.licenceNumber());
        execution.setVariable("licenceValidUntil", CalendarDays.endOf(licence.validUntil()));
        CaseLabels.days(execution, "licenceValidUntil");
    }

    /**
     * A 延续 still undecided when the old licence expires is renewed (行政许可法第五十条): the moment it expires, the
     * start of the day after its validUntil (Asia/Shanghai), is watched from acceptance on, unless the licence has already
     * expired by then (the application waited for the applicant's 补正 beyond it: the law's default does not apply).
     */
    public void watchExpiry(DelegateExecution execution) {
        if (!"RENEWAL".equals(execution.getVariable("applicationType"))) {
            return;
        }
        Licence licence = register.find((String) execution.getVariable("licenceNumber")).orElseThrow();
        Date expires = Date.from(licence.validUntil().plusDays(1).atStartOfDay(CalendarDays.STATUTORY_ZONE).toInstant());
        if (expires.after(ClockUtil.getCurrentTime())) {
            execution.setVariable("licenceExpiresAt", expires);
            CaseLabels.days(execution, "licenceExpiresAt");
        }
    }

    /** No decision before the licence expired: renewed for its validity, as if granted (行政许可法第五十条). */
    public void deemedRenewal(DelegateExecution execution) {
        int years = limits.limit("licensing.validity").in(TimeLimit.Unit.YEARS);
        String caseNumber = execution.getProcessBusinessKey();
        Licence old = register.find((String) execution.getVariable("licenceNumber")).orElseThrow();
        String reason = "有效期届满前未作出是否准予延续的决定，依行政许可法第五十条视为准予延续（" + caseNumber + "），有效期至 "
                + old.validUntil().plusYears(years);
        Licence licence = register.renew(old.licenceNumber(), old.validUntil().plusYears(years), caseNumber,
                Objects.requireNonNullElse(Actors.current(execution.getProcessEngineServices()), "system"), reason);
        execution.setVariable("deemedRenewal", true);
        execution.setVariable("deemedRenewalReason", reason);
        execution.setVariable("licenceValidUntil", CalendarDays.endOf(licence.validUntil()));
        CaseLabels.days(execution, "licenceValidUntil");
    }

    /** The experts have answered: the review goes on (and is not sent to them again unless asked anew). */
    public void expertReviewDone(DelegateExecution execution) {
        execution.setVariable("expertReviewRequested", false);
    }

    /** 申请人撤回 (message {@code licensing-withdrawal}): the reason is required. */
    public void withdrawn(DelegateExecution execution) {
        Object reason = execution.getVariable("withdrawalReason");
        if (!(reason instanceof String text) || text.isBlank()) {
            throw Refusal.invalid("withdrawalReason", "撤回申请须说明「撤回理由」（withdrawalReason）");
        }
        execution.setVariable("withdrawnAt", ClockUtil.getCurrentTime());
    }

    /** The {@code decision} the end event declares (contract §4). */
    public void conclude(DelegateExecution execution) {
        execution.setVariable("decision", ModelProperties.required(execution, "decision"));
    }
}
