package org.safetyflow.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.SystemActions;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What Tasklist's 办理操作 tab shows for a task ({@code GET /api/tasks/{id}/operations}): which operations the caller may
 * perform on it now (the same rules the operations check), the steps it may be returned to, its added signers, whom its
 * case was sent to, and the standard 审批意见 phrases ({@code safetyflow.inbox.phrases}).
 */
@Component
class TaskPanel {

    private final CurrentUser currentUser;
    private final TaskParties parties;
    private final TaskRewinds rewinds;
    private final Countersigns countersigns;
    private final CarbonCopies copies;
    private final TaskService tasks;
    private final SystemActions system;
    private final Map<String, List<String>> phrases;

    TaskPanel(CurrentUser currentUser, TaskParties parties, TaskRewinds rewinds, Countersigns countersigns, CarbonCopies copies, TaskService tasks,
            SystemActions system, Environment environment) {
        this.tasks = tasks;
        this.system = system;
        this.currentUser = currentUser;
        this.parties = parties;
        this.rewinds = rewinds;
        this.countersigns = countersigns;
        this.copies = copies;
        this.phrases = Binder.get(environment).<Map<String, List<String>>>bind("safetyflow.inbox.phrases", Bindable.of(ResolvableType.forClassWithGenerics(
                Map.class, ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(List.class, String.class)))).orElse(Map.of());
    }

    Map<String, Object> of(String taskId) {
        String me = currentUser.id();
        List<String> groups = currentUser.groups();
        Task task = parties.visible(taskId);
        boolean holds = me.equals(task.getAssignee());
        boolean unclaimedCandidate = task.getAssignee() == null && parties.isCandidate(task, me, groups);
        boolean delegated = task.getDelegationState() == DelegationState.PENDING;
        boolean signature = task.getParentTaskId() != null;
        List<Map<String, Object>> targets = signature || delegated || !(holds || unclaimedCandidate) ? List.of() : rewinds.returnTargets(task);
        Map<String, Object> may = new LinkedHashMap<>();
        may.put("transfer", !signature && !delegated && (holds || unclaimedCandidate));
        may.put("delegate", !signature && holds && !delegated);
        may.put("resolve", delegated && holds);
        may.put("return", !targets.isEmpty());
        may.put("countersign", !signature && holds && !delegated);
        may.put("urge", !holds);
        may.put("cc", !signature && parties.works(task, me, groups));
        Map<String, Object> panel = new LinkedHashMap<>();
        panel.put("taskId", task.getId());
        panel.put("name", task.getName());
        panel.put("caseNumber", parties.caseNumber(task.getProcessInstanceId()));
        panel.put("assignee", task.getAssignee());
        panel.put("owner", task.getOwner());
        panel.put("delegated", delegated);
        panel.put("rule", system.afterCheckingAccess(() -> tasks.getVariableLocal(task.getId(), CountersignRules.VARIABLE)));
        panel.put("may", may);
        panel.put("returnTargets", targets);
        panel.put("signers", signature ? List.of() : countersigns.of(taskId));
        panel.put("copies", copies.of(taskId));
        panel.put("phrases", phrases);
        return panel;
    }
}
