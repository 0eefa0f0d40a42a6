package org.safetyflow.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Only the people a task is meant for claim and complete it: a member of one of its candidate groups,
 * one of its candidate users, or, for a task without candidates, its assignee; administrators always.
 * The roles that follow a process hold the engine's task permission for all of its tasks (see
 * {@link EngineAuthorizations}), so this is what keeps a 安委办 official from doing a 隐患监管员's step.
 * Work the engine does itself (no user signed in: timers, the Java API) is not checked.
 */
@Component
class TaskCompletionGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        TaskListener guard = TaskCompletionGuard::check;
        TaskListener claimGuard = TaskCompletionGuard::checkClaim;
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, guard);
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, claimGuard);
            }
        });
    }

    static void check(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || mayWork(task, authentication, true)) {
            return;
        }
        if (completedMeanwhile(task)) {
            // Its candidates are gone because another request completed it a moment ago: that request won, not a refusal.
            throw new OptimisticLockingException("Task " + task.getId() + " was completed by another request");
        }
        throw new AuthorizationException(refusal(task.getName()));
    }

    /** A claim: the signed-in user takes the task for itself (assignments the process makes are not claims). */
    static void checkClaim(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || task.getAssignee() == null || !task.getAssignee().equals(authentication.getUserId())
                || mayWork(task, authentication, false)) {
            return;
        }
        throw new AuthorizationException("您不在任务「" + task.getName() + "」的候选人或候选角色组中，不能认领。");
    }

    /** Whether the task is no longer in the database: completed (or deleted) by a request that committed first. */
    private static boolean completedMeanwhile(DelegateTask task) {
        CommandContext context = Context.getCommandContext();
        return context != null && context.runWithoutAuthorization(
                () -> task.getProcessEngineServices().getTaskService().createTaskQuery().taskId(task.getId()).count()) == 0;
    }

    private static boolean mayWork(DelegateTask task, Authentication authentication, boolean assigneeCounts) {
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        return mayWork(task.getCandidates(), task.getAssignee(), authentication.getUserId(), groups, assigneeCounts);
    }

    /**
     * The one rule, also asked before a completion reaches the engine (EngineRoutePolicy): an administrator, a
     * candidate user, a member of a candidate group, or — for a task without candidates — its assignee.
     */
    static boolean mayWork(Iterable<? extends IdentityLink> links, String assignee, String user, List<String> groups,
            boolean assigneeCounts) {
        if (groups.contains(Groups.CAMUNDA_ADMIN)) {
            return true;
        }
        boolean hasCandidates = false;
        for (IdentityLink link : links) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            hasCandidates = true;
            if (user.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId())) {
                return true;
            }
        }
        return !hasCandidates && (!assigneeCounts || user.equals(assignee));
    }

    static String refusal(String taskName) {
        return "您不是任务「" + taskName + "」的办理人，也不在其候选角色组中，无权办理。";
    }
}
