package org.safetyflow.enforcement;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.casefile.CaseVariables;
import org.safetyflow.rules.HearingChair;
import org.safetyflow.security.Actors;
import org.safetyflow.security.UserNames;
import org.springframework.stereotype.Component;

/**
 * The steps of a 行政处罚 case that are not a person's: who did what (for the impartial hearing chair), the rights and
 * reviews a proposal carries, the periods counted from each service, the 90 days and their extensions, the decision's
 * codes and wording, the 加处罚款 and the court's dates, and the transfer of a suspected crime.
 */
@Component("penaltySteps")
public class PenaltySteps {

    static final Map<String, String> PENALTIES = penaltyNames();

    private final TimeLimits limits;
    private final PenaltySeverity severity;
    private final HearingChairs chairs;

    PenaltySteps(TimeLimits limits, PenaltySeverity severity, HearingChairs chairs) {
        this.limits = limits;
        this.severity = severity;
        this.chairs = chairs;
    }

    private static Map<String, String> penaltyNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("WARNING", "警告");
        names.put("FINE", "罚款");
        names.put("CONFISCATION", "没收违法所得、非法财物");
        names.put("SHUTDOWN", "责令停产停业整顿");
        names.put("LICENCE_SUSPENSION_PROPOSED", "提请暂扣安全生产许可证");
        names.put("LICENCE_REVOCATION_PROPOSED", "提请吊销安全生产许可证");
        names.put("CLOSURE", "提请人民政府予以关闭");
        return names;
    }

    /** 立案审批: not approved, the case ends as 撤销 (WITHDRAWN) before any investigation. */
    public void filingDecided(DelegateTask task) {
        task.setVariable("filingDecidedBy", actor(task));
        if (Boolean.FALSE.equals(task.getVariable("filingApproved"))) {
            task.setVariable("decision", "WITHDRAWN");
            task.setVariable("penaltyDecisionText", "不予立案");
        }
    }

    public void investigated(DelegateTask task) {
        task.setVariable("investigatedBy", actor(task));
    }

    /** 案件处理呈批: the hearing right, 法制审核 and 集体讨论 it carries, each with its reason. */
    public void proposed(DelegateTask task) {
        Map<String, Object> proposal = task.getVariables();
        PenaltySeverity.Decision hearing = severity.hearingRight(proposal);
        PenaltySeverity.Decision review = PenaltySeverity.legalReview(proposal, hearing.required());
        PenaltySeverity.Decision discussion = PenaltySeverity.collectiveDiscussion(proposal, hearing.required());
        task.setVariable("proposedBy", actor(task));
        task.setVariable("hearingRight", hearing.required());
        task.setVariable("hearingRightReason", hearing.reason());
        task.setVariable("legalReviewRequired", review.required());
        task.setVariable("legalReviewReason", review.reason());
        task.setVariable("collectiveDiscussionRequired", discussion.required());
        task.setVariable("collectiveDiscussionReason", discussion.reason());
        task.setVariable("proposedPenaltyText", text(proposed(proposal), proposal.get("proposedFineYuan"), proposal.get("proposedConfiscatedItems"),
                proposal.get("proposedConfiscationValueYuan"), null));
    }

    public void legallyReviewed(DelegateTask task) {
        task.setVariable("legalReviewedBy", actor(task));
    }

    /** 告知 served: 陈述申辩 (and the hearing request where the right exists) within the limit from service. */
    public void noticeServed(DelegateTask task) {
        PenaltyProcedure.noticeServed(task, limits, PenaltyInputs.PROCEDURE_LIMITS);
    }

    public void noRequest(DelegateExecution execution) {
        PenaltyProcedure.noRequest(execution);
    }

    /** 通知听证 opens: the 法制审核员 it may name chair, none of those who handled the case. */
    public void offerHearingChairs(DelegateTask task) {
        chairs.offer(task, caseHandlers(task));
    }

    public void hearingNoticed(DelegateTask task) {
        PenaltyProcedure.hearingNoticed(task, limits, PenaltyInputs.PROCEDURE_LIMITS, chairs, caseHandlers(task));
    }

    /** 听证由非本案调查人员主持 (行政处罚法第六十四条第四项): who investigated or proposed does not chair. */
    public void requireImpartialChair(DelegateTask task) {
        HearingChair.requireImpartial(Actors.current(task.getProcessEngineServices()), HearingChairs.ids(caseHandlers(task)).toArray());
    }

    /** Who handled the case: who recorded the investigation, the officers it names, who proposed the penalty. */
    private static Object[] caseHandlers(DelegateTask task) {
        return new Object[] {task.getVariable("investigatedBy"), task.getVariable("investigators"), task.getVariable("proposedBy")};
    }

    /**
     * The head's decision: an extension of the 90 days (行政处罚法第六十条) with its reason, at most the configured days
     * at a time; or 处罚, 不予处罚, 撤销立案, each with the codes and the Chinese text the rest of SafetyFlow reads.
     */
    public void decided(DelegateTask task) {
        String outcome = (String) task.getVariable("decisionOutcome");
        if ("EXTEND".equals(outcome)) {
            extend(task);
            return;
        }
        task.setVariable("decidedAt", ClockUtil.getCurrentTime());
        task.setVariable("decidedBy", actor(task));
        switch (outcome) {
            case "PENALIZE" -> {
                List<String> codes = penalties(task.getVariables());
                task.setVariable("decision", "PENALIZED");
                task.setVariable("penaltyDecision", String.join(",", codes));
                task.setVariable("fined", codes.contains("FINE"));
                task.setVariable("shutdown", codes.contains("SHUTDOWN"));
                task.setVariable("correctionOrdered", Boolean.TRUE.equals(task.getVariable("correctionOrdered")));
                toTheEndOfItsDay(task, "shutdownUntil");
                toTheEndOfItsDay(task, "correctionDueDate");
                task.setVariable("penaltyDecisionText", text(codes, task.getVariable("fineAmountYuan"), task.getVariable("confiscatedItems"),
                        task.getVariable("confiscationValueYuan"), task.getVariable("shutdownUntil")));
            }
            case "NOT_PENALIZE" -> {
                task.setVariable("decision", "NOT_PENALIZED");
                task.setVariable("penaltyDecision", "NONE");
                task.setVariable("penaltyDecisionText", "不予行政处罚");
            }
            default -> {
                task.setVariable("decision", "WITHDRAWN");
                task.setVariable("penaltyDecision", "NONE");
                task.setVariable("penaltyDecisionText", "撤销立案");
            }
        }
    }

    /** A deadline the decision names is kept to the end of its day (Asia/Shanghai), as every statutory day is. */
    private static void toTheEndOfItsDay(DelegateTask task, String variable) {
        if (task.getVariable(variable) instanceof Date moment) {
            task.setVariable(variable, CalendarDays.endOf(CalendarDays.dayOf(moment)));
            CaseLabels.days(task, variable);
        }
    }

    private void extend(DelegateTask task) {
        int days = (Integer) task.getVariable("extensionDays");
        Date before = (Date) task.getVariable("decisionDueDate");
        Date after = CalendarDays.endOfNthDayAfter(before, days);
        int count = task.getVariable("extensionCount") instanceof Integer n ? n + 1 : 1;
        String entry = "第 " + count + " 次：" + CalendarDays.chinese(ClockUtil.getCurrentTime()) + "经" + actorsName(task) + "批准延长 " + days
                + " 日，期限由" + CalendarDays.chinese(before) + "延至" + CalendarDays.chinese(after) + "；理由：" + task.getVariable("extensionReason");
        task.setVariable("extensionCount", count);
        task.setVariable("decisionDueDate", after);
        task.setVariable("extensions", task.getVariable("extensions") instanceof String earlier ? earlier + "\n" + entry : entry);
        CaseLabels.days(task, "decisionDueDate");
    }

    /** Served: a fine is due 15 days from service (行政处罚法第六十七条第三款). */
    public void delivered(DelegateTask task) {
        Date served = (Date) task.getVariable("deliveredAt");
        if (Boolean.TRUE.equals(task.getVariable("fined"))) {
            task.setVariable("paymentDueDate", limits.after("penalty.payment", served));
            CaseLabels.days(task, "paymentDueDate");
        }
    }

    public void paid(DelegateTask task) {
        task.setVariable("surchargeYuan", 0.0);
    }

    /**
     * 催告 served (行政强制法第五十四条): the surcharge so far; the court is asked once 10 days have passed since the 催告
     * and the party can no longer sue (第五十三条), within 3 months of that period's end.
     */
    public void urged(DelegateTask task) {
        surcharge(task, (Date) task.getVariable("urgeServedAt"));
        Date litigationEnds = limits.after("penalty.litigation-period", (Date) task.getVariable("deliveredAt"));
        Date urgeEnds = limits.after("penalty.urge-wait", (Date) task.getVariable("urgeServedAt"));
        task.setVariable("litigationPeriodEnds", litigationEnds);
        task.setVariable("enforcementWaitUntil", urgeEnds.after(litigationEnds) ? urgeEnds : litigationEnds);
        task.setVariable("courtApplicationDueDate", limits.after("penalty.court-application", litigationEnds));
        CaseLabels.days(task, "litigationPeriodEnds", "enforcementWaitUntil", "courtApplicationDueDate");
    }

    public void courtApplied(DelegateTask task) {
        surcharge(task, (Date) task.getVariable("applicationFiledAt"));
    }

    private static void surcharge(VariableScope scope, Date asOf) {
        PenaltySurcharge.Surcharge surcharge = PenaltySurcharge.of(((Number) scope.getVariable("fineAmountYuan")).doubleValue(),
                CalendarDays.dayOf((Date) scope.getVariable("paymentDueDate")), CalendarDays.dayOf(asOf));
        scope.setVariable("surchargeYuan", surcharge.amountYuan());
        scope.setVariable("surchargeCapped", surcharge.capped());
        scope.setVariable("surchargeReason", surcharge.reason());
    }

    public void closed(DelegateTask task) {
        task.setVariable("closedAt", ClockUtil.getCurrentTime());
        task.setVariable("closedBy", actor(task));
    }

    public void crimeSuspected(DelegateExecution execution) {
        execution.setVariable("crimeSuspectedAt", ClockUtil.getCurrentTime());
    }

    /** The 移送书 drafted: the head decides within 3 days (移送规定第五条). */
    public void transferDrafted(DelegateTask task) {
        task.setVariable("transferDecisionDueDate", limits.due("penalty.transfer-decision"));
        CaseLabels.days(task, "transferDecisionDueDate");
    }

    /**
     * The head approved the transfer: to the 公安机关 within 24 hours (移送规定第五条). A case not yet decided ends as
     * TRANSFERRED; a decision already made stands and is carried out (移送规定第十一条: 移送前已经作出的行政处罚决定不停止执行).
     */
    public void transferApproved(DelegateExecution execution) {
        execution.setVariable("transferApprovedAt", ClockUtil.getCurrentTime());
        execution.setVariable("transferApprovedBy", actor(execution));
        execution.setVariable("transferDueDate", limits.due("penalty.transfer"));
        if (execution.getVariable("decision") == null) {
            execution.setVariable("decision", "TRANSFERRED");
            execution.setVariable("penaltyDecisionText", "涉嫌犯罪，移送公安机关");
        }
    }

    /** The penalties a decision (or, with the {@code proposed} prefix, a proposal) names, as codes. */
    static List<String> penalties(Map<String, Object> values) {
        return codes(values, "warning", "fineAmountYuan", "confiscation", "shutdown", "licenceAction", "closure");
    }

    private static List<String> proposed(Map<String, Object> values) {
        return codes(values, "proposedWarning", "proposedFineYuan", "proposedConfiscation", "proposedShutdown", "proposedLicenceAction", "proposedClosure");
    }

    /** In the order of 行政处罚法第九条: 警告; 罚款, 没收; 停产停业; the licence; 关闭. */
    private static List<String> codes(Map<String, Object> v, String warning, String fine, String confiscation, String shutdown, String licence,
            String closure) {
        List<String> codes = new ArrayList<>();
        if (Boolean.TRUE.equals(v.get(warning))) {
            codes.add("WARNING");
        }
        if (v.get(fine) instanceof Number amount && amount.doubleValue() > 0) {
            codes.add("FINE");
        }
        if (Boolean.TRUE.equals(v.get(confiscation))) {
            codes.add("CONFISCATION");
        }
        if (Boolean.TRUE.equals(v.get(shutdown))) {
            codes.add("SHUTDOWN");
        }
        if ("SUSPEND".equals(v.get(licence))) {
            codes.add("LICENCE_SUSPENSION_PROPOSED");
        } else if ("REVOKE".equals(v.get(licence))) {
            codes.add("LICENCE_REVOCATION_PROPOSED");
        }
        if (Boolean.TRUE.equals(v.get(closure))) {
            codes.add("CLOSURE");
        }
        return codes;
    }

    /** 「警告；罚款5万元；没收违法所得、非法财物：非法储存的液氨 2 吨（价值3万元）；责令停产停业整顿（至2026年6月30日）」. */
    static String text(List<String> codes, Object fineYuan, Object confiscatedItems, Object confiscationValueYuan, Object shutdownUntil) {
        List<String> parts = new ArrayList<>();
        for (String code : codes) {
            parts.add(switch (code) {
                case "FINE" -> "罚款" + CaseVariables.amount((Number) fineYuan);
                case "CONFISCATION" -> PENALTIES.get(code) + "：" + confiscatedItems + "（价值" + CaseVariables.amount((Number) confiscationValueYuan) + "）";
                case "SHUTDOWN" -> PENALTIES.get(code) + (shutdownUntil instanceof Date until ? "（至" + CalendarDays.chinese(until) + "）" : "");
                default -> PENALTIES.get(code);
            });
        }
        return String.join("；", parts);
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
