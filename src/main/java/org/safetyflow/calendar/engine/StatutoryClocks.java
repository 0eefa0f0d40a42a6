package org.safetyflow.calendar.engine;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.ClockUnit;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.security.Actors;
import org.safetyflow.rules.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statutory clocks that stand still while something else runs (行政许可法§45: expert review, testing,
 * hearings; 事故条例§27: technical appraisal). A clock is a case's due-date variable (e.g.
 * {@code decisionDueDate}) counted in working or calendar days.
 *
 * <p>Pausing records who stopped it, when and why. Resuming counts the days it stood (the days after
 * the day of the pause up to and including the day of the resumption, in its unit) and moves by as
 * many days: the due-date variable, the due dates of the case's open tasks and the dates of its
 * timers that were set before the pause and fall after it. Each step is a row of
 * {@code sf_clock_pause}, a comment on the case and a change of the variables
 * {@code <clock>} and {@code <clock>Paused} in its history.
 *
 * <p>In BPMN, e.g. as execution listeners of an expert-review subprocess:
 * {@code ${statutoryClocks.pause(execution, 'decisionDueDate', 'WORKING_DAYS', '专家评审')}} on start,
 * {@code ${statutoryClocks.resume(execution, 'decisionDueDate')}} on end.
 */
@Component("statutoryClocks")
public class StatutoryClocks {

    private final ClockPauseRecords records;
    private final HolidayTables holidays;

    StatutoryClocks(ClockPauseRecords records, HolidayTables holidays) {
        this.records = records;
        this.holidays = holidays;
    }

    /** From BPMN: stops the clock of the execution's case. */
    public ClockPause pause(DelegateExecution execution, String dueDateVariable, String unit, String reason) {
        return pause(execution.getProcessEngineServices(), execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                (Date) dueDate(execution.getVariable(dueDateVariable), dueDateVariable), dueDateVariable, unit(unit), reason,
                (name, value) -> execution.setVariable(name, value));
    }

    /** From BPMN: lets the clock of the execution's case run again. */
    public ClockPause resume(DelegateExecution execution, String dueDateVariable) {
        return resume(execution.getProcessEngineServices(), execution.getProcessInstanceId(),
                dueDate(execution.getVariable(dueDateVariable), dueDateVariable), dueDateVariable,
                (name, value) -> execution.setVariable(name, value));
    }

    /** For the API: the same on a case found by its services, in one transaction. */
    @Transactional
    public ClockPause pause(ProcessEngineServices engine, String processInstanceId, String caseNumber, String dueDateVariable,
            ClockUnit unit, String reason) {
        Date due = dueDate(engine.getRuntimeService().getVariable(processInstanceId, dueDateVariable), dueDateVariable);
        return pause(engine, processInstanceId, caseNumber, due, dueDateVariable, unit, reason,
                (name, value) -> engine.getRuntimeService().setVariable(processInstanceId, name, value));
    }

    @Transactional
    public ClockPause resume(ProcessEngineServices engine, String processInstanceId, String dueDateVariable) {
        Date due = dueDate(engine.getRuntimeService().getVariable(processInstanceId, dueDateVariable), dueDateVariable);
        return resume(engine, processInstanceId, due, dueDateVariable,
                (name, value) -> engine.getRuntimeService().setVariable(processInstanceId, name, value));
    }

    /**
     * Moves a deadline that was set (an approved extension): the due-date variable, and the due dates
     * of the case's open tasks and the dates of its timers that fall on the old deadline.
     */
    public void moveDeadline(DelegateExecution execution, String dueDateVariable, Date newDeadline) {
        Date old = dueDate(execution.getVariable(dueDateVariable), dueDateVariable);
        ProcessEngineServices engine = execution.getProcessEngineServices();
        String processInstanceId = execution.getProcessInstanceId();
        execution.setVariable(dueDateVariable, newDeadline);
        moveDates(engine, processInstanceId, (date, created) -> old.equals(date), date -> newDeadline);
    }

    /** Moves the due dates of the case's open tasks and the dates of its timers that {@code which} selects. */
    private static void moveDates(ProcessEngineServices engine, String processInstanceId, BiPredicate<Date, Date> which,
            UnaryOperator<Date> to) {
        TaskService tasks = engine.getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            if (task.getDueDate() != null && which.test(task.getDueDate(), task.getCreateTime())) {
                task.setDueDate(to.apply(task.getDueDate()));
                tasks.saveTask(task);
            }
        }
        ManagementService management = engine.getManagementService();
        for (Job timer : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            if (timer.getDuedate() != null && which.test(timer.getDuedate(), timer.getCreateTime())) {
                management.setJobDuedate(timer.getId(), to.apply(timer.getDuedate()));
            }
        }
    }

    /** The pauses of a case's clocks, oldest first. */
    public List<ClockPause> pauses(String processInstanceId) {
        return records.of(processInstanceId);
    }

    private ClockPause pause(ProcessEngineServices engine, String processInstanceId, String caseNumber, Date due,
            String dueDateVariable, ClockUnit unit, String reason, VariableWriter variables) {
        String why = Fields.required("reason", "暂停理由", FieldType.text(2000), reason);
        if (records.open(processInstanceId, dueDateVariable).isPresent()) {
            throw Refusal.conflict("期限「" + dueDateVariable + "」已处于暂停状态");
        }
        String id = records.paused(processInstanceId, caseNumber, dueDateVariable, unit, why, Actors.current(engine));
        variables.set(dueDateVariable + "Paused", true);
        engine.getTaskService().createComment(null, processInstanceId, "法定期限暂停：" + why
                + "（期限 " + dueDateVariable + " 原定 " + CalendarDays.dayOf(due) + "，按" + unit.displayName() + "计算）");
        return records.find(id);
    }

    private ClockPause resume(ProcessEngineServices engine, String processInstanceId, Date due, String dueDateVariable,
            VariableWriter variables) {
        ClockPause pause = records.open(processInstanceId, dueDateVariable)
                .orElseThrow(() -> Refusal.conflict("期限「" + dueDateVariable + "」未暂停，无需恢复"));
        Date pausedAt = Date.from(pause.pausedAt().toInstant());
        Date now = ClockUtil.getCurrentTime();
        int days = pause.unit().daysStopped(holidays.calendar(), CalendarDays.dayOf(pausedAt), CalendarDays.dayOf(now));
        if (days > 0) {
            variables.set(dueDateVariable, shift(due, pause.unit(), days));
            moveDates(engine, processInstanceId, (date, created) -> movable(date, created, pausedAt),
                    date -> shift(date, pause.unit(), days));
        }
        records.resumed(pause.id(), now, Actors.current(engine), days);
        variables.set(dueDateVariable + "Paused", false);
        engine.getTaskService().createComment(null, processInstanceId, "法定期限恢复计算：暂停「" + pause.reason() + "」"
                + (days > 0 ? "共计 " + pause.unit().count(days) + "，期限 " + dueDateVariable + " 顺延至 " + CalendarDays.dayOf(shift(due, pause.unit(), days))
                        : "未占用" + pause.unit().displayName() + "，期限 " + dueDateVariable + " 不变（" + CalendarDays.dayOf(due) + "）"));
        return records.find(pause.id());
    }

    /** A date set before the pause that lies after it: the pause delays it. */
    private static boolean movable(Date due, Date created, Date pausedAt) {
        return due != null && due.after(pausedAt) && (created == null || !created.after(pausedAt));
    }

    /** The same time of day, {@code days} days of the unit later. */
    private Date shift(Date date, ClockUnit unit, int days) {
        ZonedDateTime moment = date.toInstant().atZone(CalendarDays.STATUTORY_ZONE);
        LocalDate day = unit.extend(holidays.calendar(), moment.toLocalDate(), days);
        return Date.from(moment.with(day).toInstant());
    }

    private static Date dueDate(Object value, String variable) {
        if (!(value instanceof Date date)) {
            throw Refusal.invalid("clock", "该案件没有日期型的期限变量「" + variable + "」");
        }
        return date;
    }

    static ClockUnit unit(String unit) {
        return Fields.required("unit", "期限单位", FieldType.oneOf(ClockUnit.class), unit);
    }

    @FunctionalInterface
    private interface VariableWriter {
        void set(String name, Object value);
    }
}
