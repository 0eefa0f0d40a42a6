package org.safetyflow.accident;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.safetyflow.casefile.CaseLabels;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/**
 * What the investigation's forms and notices show in Chinese: the deadlines as days, the loss as
 * 150万元, the team as names, the grade and levels by name. Run where a form or notice is about to need
 * them: after the 快报 and each 补报, before the team's steps.
 */
@Component("accidentLabels")
class AccidentLabels implements ExecutionListener {

    static final List<String> LEVELS = List.of("COUNTY", "CITY", "PROVINCE", "STATE_COUNCIL");
    static final Map<String, String> LEVEL_NAMES = Map.of("COUNTY", "县级", "CITY", "设区的市级", "PROVINCE", "省级",
            "STATE_COUNCIL", "国务院");
    static final Map<String, String> GRADE_NAMES = Map.of("ORDINARY", "一般", "LARGER", "较大", "MAJOR", "重大",
            "EXTRAORDINARY", "特别重大");

    @Override
    public void notify(DelegateExecution execution) {
        CaseLabels.days(execution, "reportDueDate", "supervisionDeadline", "replyDueDate");
        CaseLabels.amounts(execution, "directEconomicLossYuan");
        if (execution.getVariable("teamMembers") instanceof List<?> members) {
            IdentityService identity = execution.getProcessEngineServices().getIdentityService();
            List<String> names = new ArrayList<>();
            // Whoever completed the step need not be allowed to read users.
            SystemActions.inThisCommand(() -> members.forEach(member -> names.add(InvestigatorChoices.nameOf(identity, String.valueOf(member)))));
            execution.setVariable("teamMembersText", String.join("、", names));
        }
    }
}
