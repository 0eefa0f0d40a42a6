package org.safetyflow.audit;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.springframework.stereotype.Component;

/**
 * Finds case files for auditors: by case number, process, enterprise (name or credit code),
 * jurisdiction, state (running, finished, overdue), start date range and a person who acted. Runs
 * under the caller's authentication, so only the caller's jurisdictions are searched.
 */
@Component
class CaseSearch {

    record Criteria(String caseNumber, String processKey, String enterprise, String jurisdiction, String state, String from,
            String to, String actor) {
    }

    /** running (办理中), finished (已结案) or overdue (逾期). */
    private static final FieldType STATE = FieldType.oneOf(List.of("running", "finished", "overdue"));

    private final HistoryService history;
    private final TaskService tasks;

    CaseSearch(HistoryService history, TaskService tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    HistoricProcessInstanceQuery query(Criteria criteria) {
        String state = Fields.optional("state", "案件状态", STATE, criteria.state());
        LocalDate from = Fields.optional("from", "起始日期", FieldType.date(), criteria.from());
        LocalDate to = Fields.optional("to", "截止日期", FieldType.date(), criteria.to());
        HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery();
        if (present(criteria.caseNumber())) {
            query.processInstanceBusinessKeyLike("%" + criteria.caseNumber().strip() + "%");
        }
        if (present(criteria.processKey())) {
            query.processDefinitionKey(criteria.processKey().strip());
        }
        if (present(criteria.enterprise())) {
            String enterprise = criteria.enterprise().strip();
            if (enterprise.matches("[0-9A-Z]{18}")) {
                query.variableValueEquals("enterpriseCreditCode", enterprise);
            } else {
                query.variableValueLike("enterpriseName", "%" + enterprise + "%");
            }
        }
        if (present(criteria.jurisdiction())) {
            query.tenantIdIn(criteria.jurisdiction().strip());
        }
        if (from != null) {
            query.startedAfter(CalendarDays.endOf(from.minusDays(1)));
        }
        if (to != null) {
            query.startedBefore(CalendarDays.endOf(to));
        }
        Set<String> ids = null;
        if (present(criteria.actor())) {
            ids = new HashSet<>();
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().taskAssignee(criteria.actor().strip()).list()) {
                ids.add(task.getProcessInstanceId());
            }
            for (HistoricProcessInstance started : history.createHistoricProcessInstanceQuery().startedBy(criteria.actor().strip()).list()) {
                ids.add(started.getId());
            }
        }
        if (state != null) {
            switch (state) {
                case "running" -> query.unfinished();
                case "finished" -> query.finished();
                case "overdue" -> {
                    Set<String> overdue = new HashSet<>();
                    for (Task task : tasks.createTaskQuery().dueBefore(ClockUtil.getCurrentTime()).list()) {
                        overdue.add(task.getProcessInstanceId());
                    }
                    ids = ids == null ? overdue : intersect(ids, overdue);
                }
            }
        }
        if (ids != null) {
            query.processInstanceIds(ids.isEmpty() ? Set.of("none") : ids);
        }
        return query.orderByProcessInstanceStartTime().desc();
    }

    static Map<String, Object> summary(HistoricProcessInstance instance) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("caseNumber", instance.getBusinessKey());
        row.put("processKey", instance.getProcessDefinitionKey());
        row.put("processName", instance.getProcessDefinitionName());
        row.put("processDefinitionId", instance.getProcessDefinitionId());
        row.put("jurisdiction", instance.getTenantId());
        row.put("state", instance.getState());
        row.put("startedAt", Timelines.time(instance.getStartTime()));
        row.put("startedBy", instance.getStartUserId());
        row.put("endedAt", Timelines.time(instance.getEndTime()));
        return row;
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> result = new HashSet<>(a);
        result.retainAll(b);
        return result;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

}
