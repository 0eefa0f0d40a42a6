package org.safetyflow.enforcement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.safetyflow.registry.Enterprise;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.Actors;
import org.safetyflow.security.UserNames;
import org.springframework.stereotype.Component;

/**
 * The team the draw sent to one enterprise ({@code inspectorAssignments}), in the scope of that enterprise's
 * inspection: {@code inspectionTeam} (user ids, comma-separated, the candidates of the team's tasks),
 * {@code teamLeader} (the lead department's first inspector) and {@code inspectorOptions}, the team as the forms offer
 * it to tick (到场执法人员, 复查人员: {@code label} 「姓名（部门，用户名）」, {@code value} the user id). Only the team works the
 * team's tasks, though every 执法人员 of the jurisdiction may read the case: {@link #requireMember} refuses the others
 * with 403.
 */
@Component("inspectionTeams")
public class InspectionTeams {

    private final Enterprises enterprises;
    private final EnforcementDraws draws;

    InspectionTeams(Enterprises enterprises, EnforcementDraws draws) {
        this.enterprises = enterprises;
        this.draws = draws;
    }

    /** The drawn enterprises in draw order: the collection of the per-enterprise sub-processes. */
    public List<String> enterprises(DelegateExecution execution) {
        return EnforcementLabels.strings(execution.getVariable("sampledEnterprises"));
    }

    /** Opens an enterprise's scope: its name and team, and the given variables declared local (null) to it. */
    void open(DelegateExecution execution, List<String> localVariables) {
        String creditCode = (String) execution.getVariable("enterpriseCreditCode");
        List<String> team = teamOf(execution, creditCode);
        execution.setVariableLocal("enterpriseName", enterprises.find(creditCode).map(Enterprise::name).orElse(creditCode));
        execution.setVariableLocal("inspectionTeam", String.join(",", team));
        execution.setVariableLocal("teamLeader", team.get(0));
        // What the forms show: the officials' names with the user names 到场执法人员 is written with.
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        execution.setVariableLocal("inspectionTeamText", String.join("、", team.stream().map(user -> nameOf(identity, user)).toList()));
        execution.setVariableLocal("teamLeaderText", nameOf(identity, team.get(0)));
        execution.setVariableLocal("inspectorOptions", options(identity, team, departmentsOf(execution.getProcessBusinessKey())));
        // The steps' variables belong to this enterprise: declared here, they are written here and not on the case.
        localVariables.forEach(name -> execution.setVariableLocal(name, null));
    }

    /** 「市场监管执法人员甲（inspector-market-1）」: the name a colleague knows, and the user name the record takes. */
    static String nameOf(IdentityService identity, String userId) {
        String name = UserNames.of(identity, userId);
        return name.equals(userId) ? userId : name + "（" + userId + "）";
    }

    /**
     * The team as a checklist offers it, in the draw's order: 「市场监管执法人员甲（市场监管，inspector-market-1）」 ticks
     * {@code inspector-market-1}. The department is the one the inspector was drawn for (the draw's roster snapshot).
     */
    static List<Map<String, String>> options(IdentityService identity, List<String> team, Map<String, String> departments) {
        List<Map<String, String>> options = new ArrayList<>();
        for (String userId : team) {
            String name = UserNames.of(identity, userId);
            String department = departments.getOrDefault(userId, "");
            Map<String, String> option = new LinkedHashMap<>();
            option.put("label", name + "（" + (department.isEmpty() ? "" : department + "，") + userId + "）");
            option.put("value", userId);
            options.add(option);
        }
        return options;
    }

    /** Each inspector of the draw's roster snapshot with the name of the department it was drawn for. */
    private Map<String, String> departmentsOf(String caseNumber) {
        Map<String, String> departments = new LinkedHashMap<>();
        draws.find(caseNumber).ifPresent(draw -> draw.roster().forEach(roster -> roster.inspectors()
                .forEach(member -> departments.putIfAbsent(member.userId(), roster.departmentName()))));
        return departments;
    }

    public void requireMember(DelegateTask task) {
        String actor = Actors.current(task.getProcessEngineServices());
        List<String> team = team(task.getVariable("inspectionTeam"));
        if (actor != null && !team.contains(actor)) {
            throw Refusal.forbidden("只有抽中的检查组成员（" + String.join("、", team) + "）可以办理「" + task.getVariable("enterpriseName")
                    + "」的检查事项");
        }
    }

    /**
     * 执法人员不得少于两人 (行政处罚法第四十二条; 安全生产法第六十七条): the officials a record names ({@code variable}, ticked from
     * {@code inspectorOptions}) are at least two, all of the drawn team; else 400 naming the field.
     */
    static void requireTwoOfTheTeam(DelegateTask task, String variable, String label, String step) {
        List<String> team = team(task.getVariable("inspectionTeam"));
        List<String> named = EnforcementLabels.strings(task.getVariable(variable));
        List<String> strangers = named.stream().filter(user -> !team.contains(user)).toList();
        if (!strangers.isEmpty()) {
            throw Refusal.invalid(variable, "「" + label + "」（" + variable + "）中 " + String.join("、", strangers)
                    + " 不是抽中的检查组成员（" + String.join("、", team) + "）");
        }
        if (named.size() < 2) {
            throw Refusal.invalid(variable, step + "的执法人员不得少于两人（行政处罚法第四十二条；安全生产法第六十七条）：「" + label
                    + "」中的检查组成员只有 " + named.size() + " 名");
        }
    }

    static List<String> team(Object inspectionTeam) {
        return inspectionTeam instanceof String ids && !ids.isBlank() ? List.of(ids.split(",")) : List.of();
    }

    private static List<String> teamOf(DelegateExecution execution, String creditCode) {
        Object assignments = execution.getVariable("inspectorAssignments");
        SpinJsonNode node = assignments instanceof JsonValue json ? json.getValue() : (SpinJsonNode) assignments;
        for (SpinJsonNode assignment : node.elements()) {
            if (creditCode.equals(assignment.prop("enterpriseCreditCode").stringValue())) {
                return assignment.prop("inspectors").elements().stream().map(SpinJsonNode::stringValue).toList();
            }
        }
        throw new IllegalStateException("the draw of " + execution.getProcessBusinessKey() + " sent no team to " + creditCode);
    }
}
