package org.safetyflow.inbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;

/** Who a task concerns: its assignee, owner and candidates, and whether another official may work it or see its case. */
@Component
class TaskParties {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identities;
    private final SystemActions system;
    private final JurisdictionDirectory jurisdictions;

    TaskParties(TaskService tasks, RuntimeService runtime, IdentityService identities, SystemActions system, JurisdictionDirectory jurisdictions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identities = identities;
        this.system = system;
        this.jurisdictions = jurisdictions;
    }

    /** The open task, as the caller may see it (its jurisdictions, the engine's task permissions); not found otherwise. */
    Task visible(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw Refusal.notFound("未找到任务 " + taskId + "（或它已办结，或不属于您的管辖区划）");
        }
        return task;
    }

    /** The case number of a process instance that runs (whoever asks). */
    String caseNumber(String processInstanceId) {
        return processInstanceId == null ? null : system.afterCheckingAccess(() -> {
            ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
            return instance == null ? null : instance.getBusinessKey();
        });
    }

    /** Whether the user is a candidate of the task, by name or by one of its groups. */
    boolean isCandidate(Task task, String userId, List<String> groups) {
        return candidates(task).stream().anyMatch(link -> userId.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId()));
    }

    /** Whether the user works the task: holds it, owns it (委派), or is a candidate of it. */
    boolean works(Task task, String userId, List<String> groups) {
        return userId.equals(task.getAssignee()) || userId.equals(task.getOwner()) || isCandidate(task, userId, groups);
    }

    /**
     * Makes the user a candidate of the task where it is not one yet, by name or group: an official a task was handed
     * to (转办, 委派, 退回) may then complete it like its candidates (security.TaskCompletionGuard's rule).
     */
    void makeCandidate(Task task, String userId) {
        List<String> groups = groupsOf(userId);
        if (!isCandidate(task, userId, groups)) {
            system.afterCheckingAccess(() -> {
                tasks.addCandidateUser(task.getId(), userId);
                return null;
            });
        }
    }

    /** Who works the task now: its assignee, or else its candidate users and the members of its candidate groups in its jurisdiction. */
    List<String> workers(Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        Set<String> users = new LinkedHashSet<>();
        system.afterCheckingAccess(() -> {
            for (IdentityLink link : candidates(task)) {
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                } else {
                    identities.createUserQuery().memberOfGroup(link.getGroupId()).list().stream().map(User::getId).forEach(users::add);
                }
            }
            return null;
        });
        return users.stream().filter(user -> inJurisdiction(user, task.getTenantId())).toList();
    }

    /** Whether the user would find the task among its own (the engine's tenant and task permission checks, as that user). */
    boolean mayWork(String userId, String taskId) {
        Authentication caller = identities.getCurrentAuthentication();
        try {
            identities.setAuthentication(userId, groupsOf(userId), tenantsOf(userId));
            return tasks.createTaskQuery().taskId(taskId).count() == 1;
        } finally {
            identities.setAuthentication(caller);
        }
    }

    boolean exists(String userId) {
        return system.afterCheckingAccess(() -> identities.createUserQuery().userId(userId).count()) > 0;
    }

    /** Whether the user's jurisdictions, or one above it, hold the case's (a case of none is everybody's). */
    boolean inJurisdiction(String userId, String tenantId) {
        if (tenantId == null) {
            return true;
        }
        return tenantsOf(userId).stream().anyMatch(tenant -> jurisdictions.withDescendants(tenant).contains(tenantId));
    }

    private List<IdentityLink> candidates(Task task) {
        return system.afterCheckingAccess(() -> tasks.getIdentityLinksForTask(task.getId())).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    }

    private List<String> groupsOf(String userId) {
        return system.afterCheckingAccess(() -> identities.createGroupQuery().groupMember(userId).list()).stream().map(Group::getId).toList();
    }

    private List<String> tenantsOf(String userId) {
        return system.afterCheckingAccess(() -> identities.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list())
                .stream().map(Tenant::getId).toList();
    }
}
