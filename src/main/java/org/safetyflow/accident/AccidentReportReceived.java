package org.safetyflow.accident;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.springframework.stereotype.Component;

/**
 * 快报 received (the case opens): late or not (事故条例§9), the report deadline (§29), the 补报 window of
 * the accident's kind (§13), and the figures as first reported become the figures of record.
 */
@Component("accidentReportReceived")
class AccidentReportReceived implements ExecutionListener {

    private final TimeLimits limits;
    private final CasualtyUpdateWindow casualtyUpdates;

    AccidentReportReceived(TimeLimits limits) {
        this.limits = limits;
        this.casualtyUpdates = new CasualtyUpdateWindow(limits.limit("accident.supplement").in(TimeLimit.Unit.DAYS),
                limits.limit("accident.road-and-fire-supplement").in(TimeLimit.Unit.DAYS));
    }

    @Override
    public void notify(DelegateExecution execution) {
        Date occurred = (Date) execution.getVariable("occurredAt");
        Date informed = execution.getVariable("unitHeadInformedAt") instanceof Date date ? date : null;
        LateReport.Decision late = LateReport.decide(occurred, informed, (Date) execution.getVariable("reportedAt"));
        execution.setVariable("lateReport", late.late());
        execution.setVariable("lateReportReason", late.reason());
        execution.setVariable("reportDueDate", limits.after("accident.report", occurred));
        execution.setVariable("reportExtendedDays", 0);
        CasualtyUpdateWindow.Window window = casualtyUpdates.of(occurred, (String) execution.getVariable("industry"));
        execution.setVariable("supplementWindowDays", window.days());
        execution.setVariable("supplementDeadline", window.endsAt());
        if (!(execution.getVariable("typical") instanceof Boolean)) {
            execution.setVariable("typical", false);
        }
        CasualtyUpdate.recordFigures(execution);
    }
}
