package org.safetyflow.enforcement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseDocument;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.registry.EnterpriseGroups;
import org.safetyflow.rules.Refusal;
import org.springframework.stereotype.Component;

/**
 * What follows an enterprise's inspection, once every drawn enterprise is inspected (so that no enterprise learns the
 * sample from its own task before the others are visited, 四不两直): its conclusion from the 现场检查记录, and the
 * 责令限期整改 steps (15号令): an extension asked at least 10 days before the deadline and answered within 5 working
 * days, the 复查 within 10 days of the report (or of the deadline when none came), a failed 复查 sent to 立案.
 */
@Component("inspectionFindings")
public class InspectionFindings {

    static final List<String> VARIABLES = List.of("findings", "findingsLabel", "findingsDescription", "rectificationDueDate",
            "inspectedAt", "hazardCaseNumber", "enterpriseGroup", "rectificationAction", "rectificationReport", "rectificationReportedAt",
            "extensionReason", "requestedDueDate", "extensionRequestedAt", "extensionGranted", "extensionReply", "recheckedAt",
            "recheckInspectors", "recheckPassed", "recheckOpinion", "caseSource", "caseSourceLabel", "violationFacts", "referralOpinion", "penaltyCaseNumber",
            "inspectedAtText", "rectificationDueDateText", "requestedDueDateText");

    private final InspectionTeams teams;
    private final CaseDocuments documents;
    private final TimeLimits limits;

    InspectionFindings(InspectionTeams teams, CaseDocuments documents, TimeLimits limits) {
        this.teams = teams;
        this.documents = documents;
        this.limits = limits;
    }

    public void open(DelegateExecution execution) {
        teams.open(execution, VARIABLES);
        String creditCode = (String) execution.getVariable("enterpriseCreditCode");
        Map<String, Object> record = record(execution.getProcessBusinessKey(), creditCode);
        execution.setVariableLocal("findings", record.get("findings"));
        execution.setVariableLocal("findingsDescription", record.get("findingsDescription"));
        execution.setVariableLocal("inspectedAt", moment(record.get("inspectedAt")));
        execution.setVariableLocal("rectificationDueDate", moment(record.get("rectificationDueDate")));
        execution.setVariableLocal("hazardCaseNumber", hazardCase(execution.getProcessBusinessKey(), creditCode));
        CaseLabels.name(execution, "findings", EnforcementLabels.FINDINGS);
        CaseLabels.days(execution, "inspectedAt", "rectificationDueDate");
        // The group's users (EnterpriseUsers creates the group with the first of them) work the enterprise's own task.
        execution.setVariableLocal("enterpriseGroup", EnterpriseGroups.groupId(creditCode));
        if ("VIOLATION".equals(record.get("findings")) || "REFUSED".equals(record.get("findings"))) {
            execution.setVariableLocal("caseSource", "INSPECTION");
            CaseLabels.name(execution, "caseSource", EnforcementLabels.CASE_SOURCES);
        }
    }

    /** 延期申请 (15号令): at least 10 days before the deadline, to a later day; a report of rectification is dated. */
    public void rectified(DelegateTask task) {
        Date now = ClockUtil.getCurrentTime();
        if (!"REQUEST_EXTENSION".equals(task.getVariable("rectificationAction"))) {
            task.setVariable("rectificationReportedAt", now);
            return;
        }
        Date deadline = (Date) task.getVariable("rectificationDueDate");
        int lead = limits.limit("enforcement.extension-request-lead").in(TimeLimit.Unit.DAYS);
        LocalDate latest = CalendarDays.dayOf(deadline).minusDays(lead);
        if (CalendarDays.dayOf(now).isAfter(latest)) {
            throw Refusal.invalid("rectificationAction", "延期申请应当在整改期限届满 " + lead + " 日前提出（15号令）：整改期限为 " + CalendarDays.chinese(deadline)
                    + "，最迟应于 " + CalendarDays.chinese(latest) + " 提出");
        }
        if (!((Date) task.getVariable("requestedDueDate")).after(deadline)) {
            throw Refusal.invalid("requestedDueDate", "「申请延长至」（requestedDueDate）应晚于现整改期限 " + CalendarDays.chinese(deadline));
        }
        task.setVariable("extensionRequestedAt", now);
        CaseLabels.days(task, "requestedDueDate");
    }

    public Date answerDue(DelegateExecution execution) {
        return limits.after("enforcement.extension-answer", (Date) execution.getVariable("extensionRequestedAt"));
    }

    /** 延期申请答复: granted, the deadline moves to the day asked for. */
    public void extensionAnswered(DelegateTask task) {
        teams.requireMember(task);
        if (Boolean.TRUE.equals(task.getVariable("extensionGranted"))) {
            task.setVariable("rectificationDueDate", task.getVariable("requestedDueDate"));
            CaseLabels.days(task, "rectificationDueDate");
        }
        documents.fromTask(task, "EXTENSION_REPLY");
    }

    /** 复查 within 10 days of the report, or of the deadline when the enterprise reported nothing. */
    public Date recheckDue(DelegateExecution execution) {
        Object reported = execution.getVariable("rectificationReportedAt");
        return limits.after("enforcement.recheck", reported instanceof Date at ? at : (Date) execution.getVariable("rectificationDueDate"));
    }

    public void rechecked(DelegateTask task) {
        teams.requireMember(task);
        InspectionTeams.requireTwoOfTheTeam(task, "recheckInspectors", "复查人员", "复查");
        if (!Boolean.TRUE.equals(task.getVariable("recheckPassed"))) {
            task.setVariable("caseSource", "RECHECK_FAILED");
            CaseLabels.name(task, "caseSource", EnforcementLabels.CASE_SOURCES);
        }
        documents.fromTask(task, "RECHECK_OPINION");
    }

    public void referred(DelegateTask task) {
        teams.requireMember(task);
    }

    private Map<String, Object> record(String caseNumber, String creditCode) {
        return documents.list(caseNumber).stream().filter(d -> "INSPECTION_RECORD".equals(d.kind()))
                .map(CaseDocument::content).filter(content -> creditCode.equals(content.get("enterpriseCreditCode")))
                .reduce((first, later) -> later)
                .orElseThrow(() -> new IllegalStateException("no 现场检查记录 of " + creditCode + " in " + caseNumber));
    }

    private String hazardCase(String caseNumber, String creditCode) {
        return documents.list(caseNumber).stream().filter(d -> "ON_SITE_MEASURES".equals(d.kind()))
                .map(CaseDocument::content).filter(content -> creditCode.equals(content.get("enterpriseCreditCode")))
                .map(content -> (String) content.get("hazardCaseNumber")).reduce((first, later) -> later).orElse(null);
    }

    private static Date moment(Object stored) {
        return stored instanceof String text ? Date.from(OffsetDateTime.parse(text).toInstant()) : null;
    }
}
