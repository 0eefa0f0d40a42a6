package org.safetyflow.enforcement;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.Actors;
import org.springframework.stereotype.Component;

/**
 * 制定抽查计划, the lead department's act: only its inspectors ({@code leadDepartmentOfficers}, the candidates of the step,
 * set when the case opens) make the plan, though every 执法人员 of the jurisdiction reads the case; the period as the head
 * and the notice read it (2026年12月2日), not as the engine stores it.
 */
@Component("enforcementPlanning")
public class EnforcementPlanning {

    public void planned(DelegateTask task) {
        requireLeadDepartmentsOfficer(task);
        CaseLabels.days(task, "inspectionsFrom", "inspectionsUntil");
    }

    /** Whatever the route let through (an administrator, the Java API as a user): the plan is the lead department's. */
    static void requireLeadDepartmentsOfficer(DelegateTask task) {
        String actor = Actors.current(task.getProcessEngineServices());
        List<String> officers = InspectionTeams.team(task.getVariable("leadDepartmentOfficers"));
        if (actor != null && !officers.contains(actor)) {
            String lead = (String) task.getVariable("leadDepartment");
            throw Refusal.forbidden("抽查计划由牵头部门（" + EnforcementLabels.DEPARTMENTS.getOrDefault(lead, lead) + "）制定：只有该部门执法人员名录中的执法人员（"
                    + String.join("、", officers) + "）可以办理");
        }
    }
}
