package org.safetyflow.licensing;

import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.Actors;
import org.safetyflow.security.Role;
import org.springframework.stereotype.Component;

/**
 * The 听证 of a licensing case (行政许可法第四十七条、第四十八条): the applicant told of its right, 5 days to ask,
 * the hearing within 20 days of the request with 7 days' notice, chaired by someone who did not review the
 * application, and the decision made on its record. The clock itself stands still in the model
 * ({@code statutoryClocks} on the hearing sub-process).
 */
@Component("licensingHearings")
public class LicensingHearings {

    /** Those of the licensing department who may chair a hearing. */
    static final List<String> CHAIR_GROUPS = List.of(Role.LICENSING_REVIEWER.groupId(), Role.LICENSING_CLERK.groupId(),
            Role.BUREAU_HEAD.groupId());

    /** Why the applicant is told of its right to a hearing (行政许可法第四十六条、第四十七条). */
    static final Map<String, String> GROUNDS = Map.of("LAW", "法律、法规、规章规定应当听证", "MAJOR_INTEREST",
            "直接涉及申请人与他人之间重大利益关系");

    private final TimeLimits limits;

    LicensingHearings(TimeLimits limits) {
        this.limits = limits;
    }

    /** Who completed the review, kept so that none of them chairs the hearing (许可法第四十八条第一款第三项). */
    public void reviewed(DelegateTask task) {
        // the 审核 form shows the 拟办意见 in words, as the decision form does
        CaseLabels.name(task.getExecution(), "proposedDecision", Map.of("GRANTED", "拟准予许可", "REFUSED", "拟不予许可"));
        String reviewer = Actors.current(task.getProcessEngineServices());
        if (reviewer != null) {
            Set<String> reviewers = new LinkedHashSet<>(reviewers(task.getVariable("reviewedBy")));
            reviewers.add(reviewer);
            task.getExecution().setVariable("reviewedBy", String.join(",", reviewers));
        }
    }

    /**
     * 审核 by someone other than who reviewed (审查与审核分离, as 行政许可法第三十四条's review by two and 第四十八条's
     * chair keep apart who examines and who checks): refused to a reviewer of this application; the auditor is kept.
     */
    public void audited(DelegateTask task) {
        String auditor = Actors.current(task.getProcessEngineServices());
        if (auditor != null && reviewers(task.getVariable("reviewedBy")).contains(auditor)) {
            throw Refusal.forbidden("审核应当由审查人员以外的人员进行：您审查了本申请（审查与审核分离），请由其他许可审查人员（科室负责人）审核");
        }
        if (auditor != null) {
            task.getExecution().setVariable("auditedBy", auditor);
        }
        CaseLabels.name(task.getExecution(), "auditConclusion", AUDIT_CONCLUSIONS);
    }

    static final Map<String, String> AUDIT_CONCLUSIONS = Map.of("AGREE", "同意审查意见", "DISAGREE", "不同意审查意见（写明理由）");

    /** The reviewer or the 机关负责人 asked for the applicant to be told of its right: the ground in words for the notice. */
    public void offered(DelegateExecution execution) {
        CaseLabels.name(execution, "hearingGround", GROUNDS);
    }

    /** 听证告知书 served: the applicant has 5 days from it to ask for a hearing (许可法第四十七条). */
    public void noticeServed(DelegateTask task) {
        Date served = (Date) task.getVariable("hearingNoticeServedAt");
        DelegateExecution execution = task.getExecution();
        execution.setVariable("hearingRequestDueDate", limits.after("licensing.hearing-request", served));
        execution.setVariable("hearingOffered", true);
        execution.setVariable("hearingRequired", false);
        CaseLabels.days(execution, "hearingRequestDueDate");
    }

    /** The applicant's answer: a request starts the 20 days within which the hearing is held. */
    public void answered(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (Boolean.TRUE.equals(task.getVariable("hearingRequested"))) {
            Date now = ClockUtil.getCurrentTime();
            execution.setVariable("hearingRequestedAt", now);
            execution.setVariable("hearingDueDate", limits.after("licensing.hearing", now));
            execution.setVariable("hearingWaived", false);
            CaseLabels.days(execution, "hearingRequestedAt", "hearingDueDate");
        } else {
            execution.setVariable("hearingWaived", true);
            execution.setVariable("hearingWaiverReason", "申请人书面放弃听证");
        }
    }

    /** No request by the due date: the hearing is waived (the timer records it). */
    public void lapsed(DelegateExecution execution) {
        execution.setVariable("hearingRequested", false);
        execution.setVariable("hearingWaived", true);
        execution.setVariable("hearingWaiverReason", "申请人未在被告知听证权利之日起的申请期限（"
                + CalendarDays.chinese((Date) execution.getVariable("hearingRequestDueDate")) + "）内提出听证申请，视为放弃听证（行政许可法第四十七条）");
    }

    /** The chair the 机关负责人 named is a user of the licensing department (that it did not review: the task's InputSpec). */
    public void chairDesignated(DelegateTask task) {
        String chair = (String) task.getVariable("hearingChair");
        IdentityService identities = task.getProcessEngineServices().getIdentityService();
        boolean ofTheDepartment = CHAIR_GROUPS.stream()
                .anyMatch(group -> identities.createUserQuery().userId(chair).memberOfGroup(group).count() > 0);
        if (!ofTheDepartment) {
            throw Refusal.invalid("hearingChair", "「听证主持人」（hearingChair）应为本机关许可审查、受理或负责人员的用户名：" + chair);
        }
        CaseLabels.days(task.getExecution(), "hearingAt");
    }

    /** The record closed by the chair, who again must not be one of the reviewers. */
    public void recordClosed(DelegateTask task) {
        String problem = HearingChair.check(Actors.current(task.getProcessEngineServices()), task.getVariable("reviewedBy"));
        if (problem != null) {
            throw Refusal.invalid("hearingChair", problem);
        }
    }

    static List<String> reviewers(Object reviewedBy) {
        return reviewedBy instanceof String text && !text.isBlank() ? Arrays.asList(text.split(",")) : List.of();
    }

    /** 许可法第四十八条第一款第三项: the chair is someone other than the staff who reviewed the application. */
    static final class HearingChair {

        private HearingChair() {
        }

        static String check(String chair, Object reviewedBy) {
            return chair != null && reviewers(reviewedBy).contains(chair)
                    ? "听证主持人应当由审查该行政许可申请的工作人员以外的人员担任（行政许可法第四十八条）：「" + chair + "」审查了本申请" : null;
        }
    }
}
