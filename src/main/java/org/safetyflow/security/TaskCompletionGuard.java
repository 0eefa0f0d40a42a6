package org.safetyflow.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Only the people a task is meant for complete it: a member of one of its candidate groups, one of
 * its candidate users, or, for a task without candidates, its assignee; administrators always.
 * Engine authorizations stay off (see application.yaml), so without this any signed-in user of the
 * jurisdiction could complete any task over REST. Work the engine does itself (no user signed in:
 * timers, the Java API) is not checked.
 */
@Component
class TaskCompletionGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener guard = TaskCompletionGuard::check;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, guard);
            }
        });
    }

    static void check(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null) {
            return;
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return;
        }
        String user = authentication.getUserId();
        boolean hasCandidates = false;
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            hasCandidates = true;
            if (user.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId())) {
                return;
            }
        }
        if (!hasCandidates && user.equals(task.getAssignee())) {
            return;
        }
        throw new AuthorizationException("您不是任务「" + task.getName() + "」的办理人，也不在其候选角色组中，无权办理。");
    }
}
