package org.safetyflow.accident;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.calendar.engine.StatutoryClocks;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.evaluation.EvaluationInputs;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The rules of an accident case that its steps apply (事故条例 §9–§13, §19–§32): late reports, the
 * report deadline and its extension, the levels a report goes up, 补报 within the window, the
 * hand-over to a higher government, and 结案 with the one-year evaluation.
 */
@Component("accidentCase")
public class AccidentCase {

    static final List<String> LEVELS = List.of("COUNTY", "CITY", "PROVINCE", "STATE_COUNCIL");
    static final Map<String, String> LEVEL_NAMES = Map.of("COUNTY", "县级", "CITY", "设区的市级", "PROVINCE", "省级",
            "STATE_COUNCIL", "国务院");
    static final Map<String, String> GRADE_NAMES = Map.of("ORDINARY", "一般", "LARGER", "较大", "MAJOR", "重大",
            "EXTRAORDINARY", "特别重大");

    private final CaseDocuments documents;
    private final StatutoryClocks clocks;
    private final int reportDays;
    private final int maxExtensionDays;
    private final CasualtyUpdateWindow casualtyUpdates;

    AccidentCase(CaseDocuments documents, StatutoryClocks clocks, TimeLimits limits) {
        this.documents = documents;
        this.clocks = clocks;
        this.reportDays = limits.limit("accident.report").in(TimeLimit.Unit.DAYS);
        this.maxExtensionDays = limits.limit("accident.max-extension").in(TimeLimit.Unit.DAYS);
        this.casualtyUpdates = new CasualtyUpdateWindow(limits.limit("accident.supplement").in(TimeLimit.Unit.DAYS),
                limits.limit("accident.road-and-fire-supplement").in(TimeLimit.Unit.DAYS));
    }

    /** 快报 received: late or not (1 hour, §9), the 60-day report deadline (§29), the 补报 window (§13). */
    public void open(DelegateExecution execution) {
        Date occurred = (Date) execution.getVariable("occurredAt");
        Date informed = execution.getVariable("unitHeadInformedAt") instanceof Date date ? date : occurred;
        Date reported = (Date) execution.getVariable("reportedAt");
        execution.setVariable("lateReport", reported.getTime() - informed.getTime() > Duration.ofHours(1).toMillis());
        execution.setVariable("reportDueDate", CalendarDays.endOfNthDayAfter(occurred, reportDays));
        execution.setVariable("reportExtendedDays", 0);
        CasualtyUpdateWindow.Window window = casualtyUpdates.of(occurred, (String) execution.getVariable("industry"));
        execution.setVariable("supplementWindowDays", window.days());
        execution.setVariable("supplementDeadline", window.endsAt());
        if (!(execution.getVariable("typical") instanceof Boolean)) {
            execution.setVariable("typical", false);
        }
        recordFigures(execution);
    }

    /** After the jurisdiction decision: its outputs on the case, and the levels the report goes up. */
    public void applyJurisdiction(DelegateExecution execution) {
        Map<String, Object> decision = decision(execution);
        String previous = (String) execution.getVariable("investigationLevel");
        String level = (String) decision.get("investigationLevel");
        execution.setVariable("investigationLevel", level);
        execution.setVariable("supervisionLevel", decision.get("supervisionLevel"));
        execution.setVariable("replyDays", ((Number) decision.get("replyDays")).intValue());
        execution.setVariable("investigationRaised", previous != null && LEVELS.indexOf(level) > LEVELS.indexOf(previous));
        String grade = (String) execution.getVariable("accidentGrade");
        // §10: 一般 → 设区的市; 较大 → 省; 重大、特别重大 → 国务院 (its 应急管理部门 and the sector department).
        List<String> levels = List.of("设区的市级人民政府应急管理部门和有关部门", "省级人民政府应急管理部门和有关部门",
                "国务院应急管理部门和有关部门");
        execution.setVariable("reportingLevels", new ArrayList<>(switch (grade) {
            case "ORDINARY" -> levels.subList(0, 1);
            case "LARGER" -> levels.subList(0, 2);
            default -> levels;
        }));
        execution.setVariable("accidentGradeLabel", GRADE_NAMES.get(grade) + "事故");
        execution.setVariable("investigationLevelLabel", LEVEL_NAMES.get(level) + "人民政府");
        execution.setVariable("supervisionLevelLabel", LEVEL_NAMES.get((String) decision.get("supervisionLevel")) + "安委会");
        execution.setVariable("accidentName", execution.getVariable("enterpriseName") + GRADE_NAMES.get(grade) + "生产安全事故");
    }

    /** What the investigation's forms show: the report deadline as a day, the team as names. */
    public void labels(DelegateExecution execution) {
        if (execution.getVariable("reportDueDate") instanceof Date due) {
            execution.setVariable("reportDueDateText", CalendarDays.chinese(due));
        }
        if (execution.getVariable("teamMembers") instanceof List<?> members) {
            execution.setVariable("teamMembersText", String.join("、", members.stream().map(String::valueOf).toList()));
        }
    }

    /** The 批复 is due {@code replyDays} after the report reaches the government (§32). */
    public void startReply(DelegateExecution execution) {
        if (!(execution.getVariable("replyDueDate") instanceof Date)) {
            Date due = CalendarDays.endOfNthDayAfter(ClockUtil.getCurrentTime(), ((Number) execution.getVariable("replyDays")).intValue());
            execution.setVariable("replyDueDate", due);
            execution.setVariable("replyExtended", false);
        }
        execution.setVariable("replyDueDateText", CalendarDays.chinese((Date) execution.getVariable("replyDueDate")));
    }

    /** 特别重大: the 批复 may be extended once, by at most 30 days (§32). */
    public void extendReply(DelegateExecution execution) {
        int days = ((Number) execution.getVariable("replyExtensionDays")).intValue();
        Date due = (Date) execution.getVariable("replyDueDate");
        execution.setVariable("replyDueDate", CalendarDays.endOfNthDayAfter(due, days));
        execution.setVariable("replyExtended", true);
    }

    /** The supervision notice's deadline as the notice prints it. */
    public void labelSupervisionDeadline(DelegateExecution execution) {
        if (execution.getVariable("supervisionDeadline") instanceof Date date) {
            execution.setVariable("supervisionDeadlineText", CalendarDays.chinese(date));
        }
    }

    /**
     * 补报 (§13): the figures the message brought. Inside the window they become the figures of record
     * and the case is graded again; later they are recorded, the grade stays. Old and new go into a
     * document of the case (and the variables' history).
     */
    public void applyCasualtyUpdate(DelegateExecution execution) {
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("deaths", count(execution, "deaths"));
        now.put("seriousInjuries", count(execution, "seriousInjuries"));
        Object loss = execution.getVariable("directEconomicLossYuan");
        try {
            now.put("directEconomicLossYuan", FieldType.amountOfYuan().convert(loss, null));
        } catch (FieldType.InvalidValue e) {
            throw new InvalidInputException("directEconomicLossYuan", "补报的「直接经济损失（元）」" + e.getMessage());
        }
        now.forEach((name, value) -> {
            if (!value.equals(execution.getVariable(name))) {
                execution.setVariable(name, value);
            }
        });
        CasualtyUpdateWindow.Window window = new CasualtyUpdateWindow.Window((Integer) execution.getVariable("supplementWindowDays"),
                (Date) execution.getVariable("supplementDeadline"),
                CasualtyUpdateWindow.SHORT_WINDOW.contains(String.valueOf(execution.getVariable("industry"))));
        CasualtyUpdateWindow.Decision decision = CasualtyUpdateWindow.decide((Date) execution.getVariable("occurredAt"), window,
                ClockUtil.getCurrentTime());
        boolean inWindow = decision.regrades();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("oldDeaths", execution.getVariable("recordedDeaths"));
        content.put("newDeaths", now.get("deaths"));
        content.put("oldSeriousInjuries", execution.getVariable("recordedSeriousInjuries"));
        content.put("newSeriousInjuries", now.get("seriousInjuries"));
        content.put("oldDirectEconomicLossYuan", execution.getVariable("recordedDirectEconomicLossYuan"));
        content.put("newDirectEconomicLossYuan", now.get("directEconomicLossYuan"));
        content.put("withinWindow", inWindow);
        content.put("windowDays", execution.getVariable("supplementWindowDays"));
        content.put("reason", decision.reason());
        documents.record(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), "CASUALTY_UPDATE",
                inWindow ? "事故补报（重新定级）" : "事故补报（逾期，仅记录）", content, null, execution.getCurrentActivityId(), null);
        execution.setVariable("updateInWindow", inWindow);
        if (inWindow) {
            recordFigures(execution);
        }
    }

    /** The higher government takes the investigation over: the new 组长 takes the open investigation task. */
    public void handOver(DelegateTask task) {
        String leader = (String) task.getVariable("newTeamLeader");
        checkUser(task.getProcessEngineServices().getIdentityService(), "newTeamLeader", leader);
        task.getExecution().setVariable("teamLeader", leader);
        TaskService tasks = task.getProcessEngineServices().getTaskService();
        for (Task open : tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).taskDefinitionKey("Task_Investigate").list()) {
            tasks.setAssignee(open.getId(), leader);
        }
        // Before the team is appointed the new leader simply leads it; afterwards he joins it.
        if (task.getVariable("teamMembers") instanceof List<?> current && !current.contains(leader)) {
            List<Object> members = new ArrayList<>(current);
            members.add(0, leader);
            task.getExecution().setVariable("teamMembers", members);
        }
    }

    /** The team's members exist as users and the 组长 is one of them (事故条例§22–24). */
    public void checkTeam(DelegateTask task) {
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        String leader = (String) task.getVariable("teamLeader");
        checkUser(identity, "teamLeader", leader);
        @SuppressWarnings("unchecked")
        List<String> members = new ArrayList<>((List<String>) task.getVariable("teamMembers"));
        for (String member : members) {
            checkUser(identity, "teamMembers", member);
        }
        if (!members.contains(leader)) {
            members.add(0, leader);
            task.getExecution().setVariable("teamMembers", members);
        }
    }

    /** An approved extension (at most 60 days in all, §29) moves the report deadline, its task and its timer. */
    public void extendReport(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable("extensionApproved"))) {
            return;
        }
        int days = ((Number) execution.getVariable("extensionDays")).intValue();
        int used = ((Number) execution.getVariable("reportExtendedDays")).intValue();
        if (days < 1 || used + days > maxExtensionDays) {
            throw new InvalidInputException("extensionDays", "延长期限累计不得超过 " + maxExtensionDays + " 日（已延长 " + used + " 日）");
        }
        Date due = (Date) execution.getVariable("reportDueDate");
        clocks.moveDeadline(execution, "reportDueDate", CalendarDays.endOfNthDayAfter(due, days));
        execution.setVariable("reportExtendedDays", used + days);
    }

    public String accountabilityGroup(Map<String, String> proposal) {
        return switch (proposal.get("kind")) {
            case "行政处罚" -> "enforcement-officer";
            case "移送司法" -> "accident-officer";
            default -> "government";
        };
    }

    /** 结案: closedAt, and the one-year evaluation of the case starts by itself. */
    public void close(DelegateExecution execution) {
        Date closedAt = ClockUtil.getCurrentTime();
        execution.setVariable("closedAt", closedAt);
        Map<String, Object> evaluation = new HashMap<>();
        evaluation.put("accidentCaseId", execution.getProcessBusinessKey());
        evaluation.put("jurisdiction", execution.getVariable("jurisdiction"));
        evaluation.put("closedAt", closedAt);
        for (String carried : List.of("preventiveMeasures", "investigationLevel", "enterpriseName", "enterpriseCreditCode",
                "accidentName", "accidentGrade")) {
            evaluation.put(carried, execution.getVariable(carried));
        }
        String number = execution.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(EvaluationInputs.PROCESS_KEY, evaluation).getBusinessKey();
        execution.setVariable("evaluationCaseNumber", number);
    }

    private static void recordFigures(DelegateExecution execution) {
        execution.setVariable("recordedDeaths", execution.getVariable("deaths"));
        execution.setVariable("recordedSeriousInjuries", execution.getVariable("seriousInjuries"));
        execution.setVariable("recordedDirectEconomicLossYuan", execution.getVariable("directEconomicLossYuan"));
    }

    private static Object count(DelegateExecution execution, String name) {
        try {
            return FieldType.count().convert(execution.getVariable(name), null);
        } catch (FieldType.InvalidValue e) {
            throw new InvalidInputException(name, "补报的「" + (name.equals("deaths") ? "死亡人数" : "重伤人数") + "」（" + name + "）" + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> decision(DelegateExecution execution) {
        return (Map<String, Object>) execution.getVariable("jurisdictionDecision");
    }

    private static void checkUser(IdentityService identity, String field, String userId) {
        if (userId == null || identity.createUserQuery().userId(userId).count() == 0) {
            throw new InvalidInputException(field, "用户不存在：" + userId);
        }
    }
}
