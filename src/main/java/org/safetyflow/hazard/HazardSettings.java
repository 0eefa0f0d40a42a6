package org.safetyflow.hazard;

import java.util.Date;
import org.safetyflow.calendar.engine.Workdays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time limits of hazard rectification that are local practice rather than statute, in
 * {@code safetyflow.hazard.*}: working days for each step, the 10 days of the 复查 (calendar days),
 * the progress-report cycle and the pause between the steps of the escalation ladder.
 */
@Component("hazardSettings")
public class HazardSettings {

    private final Workdays workdays;
    private final int registrationDays;
    private final int taskDays;
    private final int reportDays;
    private final int planDays;
    private final int recheckDays;
    private final int progressCycleDays;
    private final int escalationStepDays;

    HazardSettings(Workdays workdays,
            @Value("${safetyflow.hazard.registration-working-days}") int registrationDays,
            @Value("${safetyflow.hazard.task-working-days}") int taskDays,
            @Value("${safetyflow.hazard.report-working-days}") int reportDays,
            @Value("${safetyflow.hazard.plan-working-days}") int planDays,
            @Value("${safetyflow.hazard.recheck-days}") int recheckDays,
            @Value("${safetyflow.hazard.progress-cycle-days}") int progressCycleDays,
            @Value("${safetyflow.hazard.escalation-step-working-days}") int escalationStepDays) {
        this.workdays = workdays;
        this.registrationDays = registrationDays;
        this.taskDays = taskDays;
        this.reportDays = reportDays;
        this.planDays = planDays;
        this.recheckDays = recheckDays;
        this.progressCycleDays = progressCycleDays;
        this.escalationStepDays = escalationStepDays;
    }

    public int getRegistrationDays() {
        return registrationDays;
    }

    public int getTaskDays() {
        return taskDays;
    }

    public int getReportDays() {
        return reportDays;
    }

    public int getPlanDays() {
        return planDays;
    }

    public int getRecheckDays() {
        return recheckDays;
    }

    /** The progress-report timer: every N days while the hazard is being rectified. */
    public String getProgressCycle() {
        return "R1000/P" + progressCycleDays + "D";
    }

    /** When the next step of the escalation ladder is due, if the hazard is still not closed. */
    public Date nextEscalationStep() {
        return workdays.fromToday(escalationStepDays);
    }
}
