package org.safetyflow.enforcement;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.safetyflow.registry.Enterprise;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.Actors;
import org.springframework.stereotype.Component;

/**
 * The team the draw sent to one enterprise ({@code inspectorAssignments}), in the scope of that enterprise's
 * inspection: {@code inspectionTeam} (user ids, comma-separated, the candidates of the team's tasks) and
 * {@code teamLeader} (the lead department's first inspector). Only the team works the team's tasks, though every
 * 执法人员 of the jurisdiction may read the case: {@link #requireMember} refuses the others with 403.
 */
@Component("inspectionTeams")
public class InspectionTeams {

    private final Enterprises enterprises;

    InspectionTeams(Enterprises enterprises) {
        this.enterprises = enterprises;
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
        // The steps' variables belong to this enterprise: declared here, they are written here and not on the case.
        localVariables.forEach(name -> execution.setVariableLocal(name, null));
    }

    /** 「市场监管执法人员甲（inspector-market-1）」: the name a colleague knows, and the user name the record takes. */
    static String nameOf(IdentityService identity, String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        String name = user == null ? "" : (Objects.toString(user.getFirstName(), "") + Objects.toString(user.getLastName(), "")).strip();
        return name.isEmpty() ? userId : name + "（" + userId + "）";
    }

    public void requireMember(DelegateTask task) {
        String actor = Actors.current(task.getProcessEngineServices());
        List<String> team = team(task.getVariable("inspectionTeam"));
        if (actor != null && !team.contains(actor)) {
            throw Refusal.forbidden("只有抽中的检查组成员（" + String.join("、", team) + "）可以办理「" + task.getVariable("enterpriseName")
                    + "」的检查事项");
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
