package org.safetyflow.simultaneity;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.calendar.engine.TimeLimits;
import org.springframework.stereotype.Component;

/**
 * The authority's decisions on a 安全设施设计 (36号令第十三条、第十四条): its time limits — decided within 20
 * working days of 受理, once extended by 10 with the 机关负责人's approval — and the decision the review's
 * findings make ({@link DesignReview}).
 */
@Component("designDecisions")
public class DesignDecisions {

    private final TimeLimits limits;
    private final ProjectLabelling labels;
    private final CaseDocuments documents;

    DesignDecisions(TimeLimits limits, ProjectLabelling labels, CaseDocuments documents) {
        this.limits = limits;
        this.labels = labels;
        this.documents = documents;
    }

    /** The builder applied: the 5 working days of 受理 run from now. */
    public void applied(DelegateExecution execution) {
        execution.setVariable("designAppliedAt", ClockUtil.getCurrentTime());
    }

    /** No answer within the 5 working days: the application counts as accepted (行政许可法第三十二条). */
    public void deemedAccepted(DelegateExecution execution) {
        execution.setVariable("designAccepted", true);
        execution.setVariable("acceptanceOpinion", "审查部门未在 5 个工作日内作出是否受理的决定，依法自收到申请材料之日起视为受理");
        startReview(execution, (Date) execution.getVariable("designAppliedAt"));
        documents.fromExecution(execution, "DESIGN_ACCEPTANCE");
    }

    /** 受理: the review's time limit starts. */
    public void accepted(DelegateTask task) {
        if (Boolean.TRUE.equals(task.getVariable("designAccepted"))) {
            startReview(task.getExecution(), ClockUtil.getCurrentTime());
        }
    }

    private void startReview(DelegateExecution execution, Date acceptedAt) {
        execution.setVariable("designAcceptedAt", acceptedAt);
        execution.setVariable("designDecisionDueDate", limits.after("simultaneity.design-review", acceptedAt));
        execution.setVariable("designReviewExtended", false);
        labels.notify(execution);
    }

    /** The head approved (or not) the reviewer's request for more time. */
    public void extension(DelegateTask task) {
        if (Boolean.TRUE.equals(task.getVariable("extensionApproved"))) {
            Date due = (Date) task.getVariable("designDecisionDueDate");
            task.getExecution().setVariable("designDecisionDueDate", limits.after("simultaneity.design-review-extension", due));
            task.getExecution().setVariable("designReviewExtended", true);
            labels.notify(task.getExecution());
        }
    }

    /** The review decided: approved or not, with the grounds and the reason its 审查意见书 gives. */
    public void reviewed(DelegateTask task) {
        if (!"DECIDE".equals(task.getVariable("reviewAction"))) {
            return;
        }
        Object handled = task.getVariable("preEvaluationAdviceHandled");
        DesignReview.Decision decision = DesignReview.decide(new DesignReview.Findings(
                (String) task.getVariable("projectApprovalNumber"),
                Boolean.TRUE.equals(task.getVariable("partiesQualified")),
                Boolean.TRUE.equals(task.getVariable("meetsStandards")),
                Boolean.TRUE.equals(task.getVariable("preEvaluationRequired")) ? (Boolean) handled : null));
        task.getExecution().setVariable("designApproved", decision.approved());
        task.getExecution().setVariable("designReviewReason", decision.reason());
        task.getExecution().setVariable("designRefusalGrounds", String.join(",", decision.grounds().stream().map(Enum::name).toList()));
        task.getExecution().setVariable("designDecidedAt", ClockUtil.getCurrentTime());
        task.getExecution().setVariable("designDecidedAtText", CalendarDays.chinese(ClockUtil.getCurrentTime()));
    }
}
