package org.safetyflow.accident;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.safetyflow.input.InvalidInputException;
import org.springframework.stereotype.Component;

/** 成立事故调查组 (事故条例§22–24): the members exist as users and the 组长 is one of them. */
@Component("investigationTeam")
class InvestigationTeam implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
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

    static void checkUser(IdentityService identity, String field, String userId) {
        if (userId == null || identity.createUserQuery().userId(userId).count() == 0) {
            throw new InvalidInputException(field, "用户不存在：" + userId);
        }
    }
}
