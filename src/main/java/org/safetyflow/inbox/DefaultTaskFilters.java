package org.safetyflow.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.safetyflow.StartupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The inbox every official sees in Tasklist: their own tasks, their groups' unclaimed tasks, what falls due within 2
 * working days, what is overdue, and everything, each ordered by due date so the statutory deadline nearest comes first.
 * Created once, when no filter exists; administrators may change them afterwards in Tasklist.
 */
@Component
@Order(2)
class DefaultTaskFilters implements StartupStep {

    private static final Logger log = LoggerFactory.getLogger(DefaultTaskFilters.class);
    private static final String ME = "${currentUser()}";
    private static final String CLAIMABLE = "本组待办";
    private static final String CLAIMABLE_TEXT = "我所在角色组可认领的任务，以及指名由我办理的任务";
    private static final String OVERDUE = "逾期任务";
    private static final String OVERDUE_TEXT = "我的、我所在角色组的和指名由我办理的任务中已超过办理期限的";
    private static final String DUE_SOON = "即将超期";
    private static final String DUE_SOON_TEXT = "我的、我所在角色组的和指名由我办理的任务中 2 个工作日内到期的";

    /** Process variables shown on each task card, when the task's case has them. */
    private static final List<Map<String, String>> CASE_VARIABLES = List.of(
            Map.of("name", "caseNumber", "label", "案件编号"),
            Map.of("name", "enterpriseName", "label", "企业名称"),
            Map.of("name", "jurisdiction", "label", "管辖区划"),
            Map.of("name", CountersignRules.VARIABLE, "label", "会签规则"));

    private final FilterService filterService;
    private final TaskService taskService;

    DefaultTaskFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run() {
        if (filterService.createFilterQuery().count() > 0) {
            showCaseNumbersInEarlierFilters();
            offerNamedTasksInEarlierFilters();
            if (filterService.createFilterQuery().filterName(DUE_SOON).count() == 0) {
                save(DUE_SOON, DUE_SOON_TEXT, -1, "#d4a017", dueSoon());
                log.info("Tasklist filter {} added", DUE_SOON);
            }
            return;
        }
        save("我的待办", "已认领或指派给我的任务", -10, "#b5152b",
                query().taskAssigneeExpression(ME));
        save(CLAIMABLE, CLAIMABLE_TEXT, -5, "#3c5a82", claimable());
        save(DUE_SOON, DUE_SOON_TEXT, -1, "#d4a017", dueSoon());
        save(OVERDUE, OVERDUE_TEXT, 0, "#e67e22", overdue());
        save("全部任务", "所有未完成的任务", 10, "#555555", query());
        log.info("Default Tasklist filters created");
    }

    /**
     * What the official may claim: the unclaimed tasks of their role groups and those a step names them for by user
     * (the drawn inspection team, the lead department's officers, a chosen hearing chair).
     */
    private TaskQuery claimable() {
        // The engine's candidate-user criterion covers the user's groups too (it cannot be combined with candidateGroupIn).
        return query().taskCandidateUserExpression(ME).taskUnassigned();
    }

    /** Due from now to the end of 2 working days (DueSoonFunction), as GET /api/inbox?view=due-soon. */
    private TaskQuery dueSoon() {
        return query().dueAfterExpression("${now()}").dueBeforeExpression("${dueSoon()}").or().taskAssigneeExpression(ME)
                .taskCandidateUserExpression(ME).endOr();
    }

    private TaskQuery overdue() {
        return query().dueBeforeExpression("${now()}").or().taskAssigneeExpression(ME).taskCandidateUserExpression(ME).endOr();
    }

    /**
     * The first defaults left out the tasks named for a user (a drawn inspector found their 现场检查 only under 全部任务):
     * the two filters, where an administrator has not changed them since (their description is the first one), get
     * the queries above.
     */
    private void offerNamedTasksInEarlierFilters() {
        Map<String, TaskQuery> replacements = Map.of(CLAIMABLE + "|我所在角色组可认领的任务", claimable(),
                OVERDUE + "|我或我所在角色组的任务中已超过办理期限的", overdue());
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            Object description = filter.getProperties() == null ? null : filter.getProperties().get("description");
            TaskQuery replacement = replacements.get(filter.getName() + "|" + description);
            if (replacement != null) {
                Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
                properties.put("description", CLAIMABLE.equals(filter.getName()) ? CLAIMABLE_TEXT : OVERDUE_TEXT);
                filterService.saveFilter(filter.setQuery(replacement).setProperties(properties));
                log.info("Tasklist filter {} now also lists the tasks named for the user", filter.getName());
            }
        }
    }

    /** Filters made before case numbers (first) and counter-signing rules (last) existed show them too. */
    private void showCaseNumbersInEarlierFilters() {
        for (Filter filter : filterService.createTaskFilterQuery().list()) {
            Map<String, Object> properties = filter.getProperties() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(filter.getProperties());
            if (!(properties.get("variables") instanceof List<?> shown) || shown.isEmpty()) {
                continue;
            }
            List<Object> variables = new java.util.ArrayList<>(shown);
            if (!shows(shown, "caseNumber")) {
                variables.add(0, CASE_VARIABLES.get(0));
            }
            if (!shows(shown, CountersignRules.VARIABLE)) {
                variables.add(CASE_VARIABLES.get(CASE_VARIABLES.size() - 1));
            }
            if (variables.size() > shown.size()) {
                properties.put("variables", variables);
                filterService.saveFilter(filter.setProperties(properties));
            }
        }
    }

    private static boolean shows(List<?> variables, String name) {
        return variables.stream().anyMatch(v -> v instanceof Map<?, ?> m && name.equals(m.get("name")));
    }

    private TaskQuery query() {
        return taskService.createTaskQuery().orderByDueDate().asc();
    }

    private void save(String name, String description, int priority, String color, TaskQuery query) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", CASE_VARIABLES);
        Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
        filterService.saveFilter(filter);
    }
}
