package org.safetyflow.accident;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * 提级调查 (事故条例§20): the higher government takes the investigation over; its new 组长 takes the open
 * investigation task and, if the team is already appointed, joins it.
 */
@Component("investigationHandOver")
class InvestigationHandOver implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        String leader = (String) task.getVariable("newTeamLeader");
        InvestigationTeam.checkUser(task.getProcessEngineServices().getIdentityService(), "newTeamLeader", leader);
        task.getExecution().setVariable("teamLeader", leader);
        TaskService tasks = task.getProcessEngineServices().getTaskService();
        for (Task open : tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).taskDefinitionKey("Task_Investigate").list()) {
            tasks.setAssignee(open.getId(), leader);
        }
        if (task.getVariable("teamMembers") instanceof List<?> current && !current.contains(leader)) {
            List<Object> members = new ArrayList<>(current);
            members.add(0, leader);
            task.getExecution().setVariable("teamMembers", members);
        }
    }
}
