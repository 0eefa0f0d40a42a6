package org.safetyflow.evaluation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.casefile.CaseLinks;
import org.safetyflow.casefile.CaseRelation;
import org.springframework.stereotype.Component;

/**
 * The one-year evaluation of an accident case opens (中发〔2016〕32号, 安委办〔2021〕4号): due a year after
 * 结案, its work starting ten months after it (both in {@code safetyflow.time-limits.evaluation}), and
 * linked to the accident case it evaluates.
 */
@Component("evaluationOpening")
class EvaluationOpening implements ExecutionListener {

    static final CaseRelation EVALUATES = new CaseRelation("ACCIDENT_EVALUATION", "启动整改评估案件", "所评估的事故案件");

    private final TimeLimit due;
    private final TimeLimit startAfter;
    private final CaseLinks links;

    EvaluationOpening(TimeLimits limits, CaseLinks links) {
        this.due = limits.limit("evaluation.due");
        this.startAfter = limits.limit("evaluation.start-after");
        this.links = links;
    }

    @Override
    public void notify(DelegateExecution execution) {
        LocalDate closed = CalendarDays.dayOf((Date) execution.getVariable("closedAt"));
        execution.setVariable("evaluationDueDate", CalendarDays.endOf(due.dayAfter(closed)));
        execution.setVariable("evaluationStartAt", Date.from(startAfter.dayAfter(closed)
                .atTime(LocalTime.of(9, 0)).atZone(CalendarDays.STATUTORY_ZONE).toInstant()));
        execution.setVariable("evaluationDueDateText", CalendarDays.chinese(due.dayAfter(closed)));
        links.link((String) execution.getVariable("accidentCaseId"), execution.getProcessBusinessKey(), EVALUATES);
    }
}
