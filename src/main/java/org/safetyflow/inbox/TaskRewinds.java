package org.safetyflow.inbox;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.safetyflow.casefile.CaseDocuments;
import org.safetyflow.inbox.Notifications.Kind;
import org.safetyflow.inbox.Notifications.Notification;
import org.safetyflow.inbox.TaskActions.OnTask;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.SystemActions;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 退回 and 撤回: the case goes back to a step it has passed, by process-instance modification. Whatever the case is
 * doing is cancelled and the step starts anew, as the model starts it: its due date is computed again and its timers
 * are created afresh (yudao's users lost their timers here). 退回 gives the step back to whoever completed it last,
 * where that official may still work it; 撤回 gives the step back to the caller, who completed it, with its old due date
 * (a mistaken completion does not earn more time), and only while the step it led to is untouched.
 */
@Component
class TaskRewinds {

    private static final FieldType REASON = FieldType.text(500);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final CurrentUser currentUser;
    private final SystemActions system;
    private final TaskParties parties;
    private final TaskActions actions;
    private final Notifications notifications;
    private final InboxIndex index;
    private final CaseDocuments documents;
    private final TransactionTemplate transaction;

    TaskRewinds(TaskService tasks, RuntimeService runtime, HistoryService history, RepositoryService repository, CurrentUser currentUser,
            SystemActions system, TaskParties parties, TaskActions actions, Notifications notifications, InboxIndex index,
            CaseDocuments documents, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.currentUser = currentUser;
        this.system = system;
        this.parties = parties;
        this.actions = actions;
        this.notifications = notifications;
        this.index = index;
        this.documents = documents;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The steps the task may be returned to: the user tasks this case completed, other than the task's own, latest first. */
    List<Map<String, Object>> returnTargets(String taskId) {
        currentUser.id();
        return returnTargets(parties.visible(taskId));
    }

    /** The same for a task the caller was found to see. */
    List<Map<String, Object>> returnTargets(Task task) {
        List<Map<String, Object>> targets = new ArrayList<>();
        passed(task).values().forEach(step -> {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("activityId", step.getTaskDefinitionKey());
            target.put("name", step.getName());
            target.put("assignee", step.getAssignee());
            target.put("completed", Database.shanghai(new Timestamp(step.getEndTime().getTime())));
            targets.add(target);
        });
        return targets;
    }

    /** 退回 to a step this case has passed, with the reason; by the assignee, or a candidate while nobody holds the task. */
    void returnTo(String taskId, Object activityId, Object reason) {
        String me = currentUser.id();
        transaction.executeWithoutResult(status -> {
            Task task = parties.visible(taskId);
            if (!me.equals(task.getAssignee()) && !(task.getAssignee() == null && parties.isCandidate(task, me, currentUser.groups()))) {
                throw Refusal.forbidden("只有任务的办理人（任务未认领时为其候选人）可以退回");
            }
            if (task.getDelegationState() == DelegationState.PENDING) {
                throw Refusal.conflict("任务「" + task.getName() + "」正在委派中，须由受托人归还后才能退回");
            }
            String target = Fields.required("activityId", "退回环节", FieldType.text(255), activityId);
            String why = Fields.required("reason", "退回理由", REASON, reason);
            Map<String, HistoricTaskInstance> passed = passed(task);
            HistoricTaskInstance step = passed.get(target);
            if (step == null) {
                throw Refusal.invalid("activityId", "只能退回到本案件已经办理过的环节" + (passed.isEmpty() ? "，本案件尚无可退回的环节"
                        : "：" + String.join("、", passed.values().stream().map(t -> "「" + t.getName() + "」（" + t.getTaskDefinitionKey() + "）").toList())));
            }
            List<Task> restarted = restart(task.getProcessInstanceId(), target);
            // What the returned-to step and those after it made is void: they make it anew.
            documents.voidSince(task.getProcessInstanceId(), step.getStartTime(), me, "退回至「" + step.getName() + "」：" + why);
            String caseNumber = parties.caseNumber(task.getProcessInstanceId());
            String previous = step.getAssignee();
            List<String> told = new ArrayList<>();
            for (Task again : restarted) {
                if (previous != null && parties.mayWork(previous, again.getId())) {
                    assign(again, previous, null);
                    told.add(previous);
                } else {
                    told.addAll(parties.workers(again));
                }
            }
            actions.record(task, caseNumber, TaskAction.Type.RETURN, me, step.getName(), why);
            for (String user : told.stream().distinct().toList()) {
                notifications.send(new Notification(user, Kind.ASSIGNED, "退回：「" + step.getName() + "」", me + " 在「" + task.getName() + "」将案件退回至「"
                        + step.getName() + "」，请重新办理。理由：" + why, caseNumber, restarted.get(0).getId()));
            }
        });
    }

    /**
     * 撤回 by the official who completed task {@code taskId}, while the step it led to is untouched: not claimed, no
     * comment, no variable written since it began; 409 otherwise.
     */
    void recall(String taskId, Object reason) {
        String me = currentUser.id();
        transaction.executeWithoutResult(status -> {
            // The case's jurisdiction still bounds it (the tenant check stays on); who completed the task decides the rest.
            HistoricTaskInstance done = system.afterCheckingAccess(() -> history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
            if (done == null) {
                throw Refusal.notFound("未找到任务 " + taskId + "（或不属于您的管辖区划）");
            }
            if (done.getEndTime() == null) {
                throw Refusal.conflict("任务「" + done.getName() + "」尚未办结，无需撤回");
            }
            if (!"completed".equals(done.getDeleteReason()) || !me.equals(done.getAssignee())) {
                throw Refusal.forbidden("只有办结该任务的人可以撤回它");
            }
            String why = Fields.optional("reason", "撤回理由", REASON, reason);
            List<Task> next = untouchedNextSteps(done);
            List<Task> restarted = restart(done.getProcessInstanceId(), done.getTaskDefinitionKey());
            for (Task again : restarted) {
                assign(again, me, done.getDueDate());
            }
            index.recalled(done.getId());
            documents.voidSince(done.getProcessInstanceId(), done.getStartTime(), me, "撤回「" + done.getName() + "」" + (why == null ? "" : "：" + why));
            String caseNumber = parties.caseNumber(done.getProcessInstanceId());
            actions.record(new OnTask(done.getProcessInstanceId(), done.getId(), done.getName(), done.getTaskDefinitionKey()), caseNumber,
                    TaskAction.Type.RECALL, me, String.join("、", next.stream().map(Task::getName).distinct().toList()), why);
        });
    }

    /** The open tasks the completion led to, refusing (409) when the case moved on or one of them was worked on. */
    private List<Task> untouchedNextSteps(HistoricTaskInstance done) {
        return system.afterCheckingAccess(() -> {
            String instance = done.getProcessInstanceId();
            if (runtime.createProcessInstanceQuery().processInstanceId(instance).count() == 0) {
                throw Refusal.conflict("案件已经办结，不能撤回");
            }
            if (history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().list().stream()
                    .anyMatch(other -> !other.getId().equals(done.getId()) && other.getEndTime().after(done.getEndTime()))) {
                throw Refusal.conflict("后续环节已经办结，不能撤回");
            }
            List<String> waiting = new ArrayList<>();
            leaves(runtime.getActivityInstance(instance), waiting);
            List<Task> next = tasks.createTaskQuery().processInstanceId(instance).list();
            if (next.isEmpty() || waiting.size() != next.size()) {
                throw Refusal.conflict("案件已进入非人工办理的环节（如等待期限或外部消息），不能撤回");
            }
            for (Task task : next) {
                if (task.getCreateTime().before(done.getEndTime()) || touched(task)) {
                    throw Refusal.conflict("下一环节「" + task.getName() + "」已经开始办理（已认领、已填写意见或已保存数据），不能撤回");
                }
            }
            return next;
        });
    }

    /** Claimed, commented or given data since it began. */
    private boolean touched(Task task) {
        Date began = task.getCreateTime();
        boolean claimed = history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type("assignee").list().stream()
                .anyMatch(link -> link.getTime().after(began));
        boolean commented = !tasks.getTaskComments(task.getId()).isEmpty();
        boolean written = history.createHistoricDetailQuery().processInstanceId(task.getProcessInstanceId()).variableUpdates()
                .occurredAfter(began).list().stream().anyMatch(detail -> detail.getTime().after(began));
        return claimed || commented || written;
    }

    private static void cancelLeaves(ActivityInstance instance, ProcessInstanceModificationBuilder modification) {
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            if (child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0) {
                modification.cancelActivityInstance(child.getId());
            } else {
                cancelLeaves(child, modification);
            }
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            modification.cancelTransitionInstance(transition.getId());
        }
    }

    /** The activity instances the case waits in (none of their children runs). */
    private static void leaves(ActivityInstance instance, List<String> waiting) {
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            if (child.getChildActivityInstances().length == 0) {
                waiting.add(child.getId());
            } else {
                leaves(child, waiting);
            }
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            waiting.add(transition.getId());
        }
    }

    /**
     * Starts the step {@code activityId} anew and cancels what the case waits in (its leaf activity instances): a scope
     * around them (a sub-process with its own deadline timer) stays as it is where the step lies in it, and ends with them
     * where the step lies outside it.
     */
    private List<Task> restart(String processInstanceId, String activityId) {
        system.afterCheckingAccess(() -> {
            ActivityInstance tree = runtime.getActivityInstance(processInstanceId);
            ProcessInstanceModificationBuilder modification = runtime.createProcessInstanceModification(processInstanceId)
                    .startBeforeActivity(activityId);
            cancelLeaves(tree, modification);
            modification.execute(false, false);
            return null;
        });
        // Queried in a command of its own: the modification's command has flushed the new tasks by then.
        return system.afterCheckingAccess(() -> tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).list());
    }

    private void assign(Task task, String user, Date due) {
        parties.makeCandidate(task, user);
        system.afterCheckingAccess(() -> {
            InboxIndex.quietAssignment(task.getId());
            tasks.setAssignee(task.getId(), user);
            if (due != null) {
                tasks.setDueDate(task.getId(), due);
            }
            return null;
        });
    }

    /** The user tasks of the case completed before, by step, the latest of each, latest first; not the task's own step. */
    private Map<String, HistoricTaskInstance> passed(Task task) {
        List<HistoricTaskInstance> completed = system.afterCheckingAccess(() -> history.createHistoricTaskInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).finished().list());
        Map<String, HistoricTaskInstance> steps = new LinkedHashMap<>();
        completed.stream().filter(t -> "completed".equals(t.getDeleteReason()) && t.getTaskDefinitionKey() != null)
                .filter(t -> !t.getTaskDefinitionKey().equals(task.getTaskDefinitionKey()) && restartable(task.getProcessDefinitionId(), t.getTaskDefinitionKey()))
                .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime).reversed())
                .forEach(t -> steps.putIfAbsent(t.getTaskDefinitionKey(), t));
        return steps;
    }

    /** A step that starts alone: not one instance of a multi-instance step, nor inside one. */
    private boolean restartable(String processDefinitionId, String activityId) {
        ModelElementInstance element = system.afterCheckingAccess(() -> repository.getBpmnModelInstance(processDefinitionId))
                .getModelElementById(activityId);
        while (element instanceof FlowElement) {
            if (element instanceof Activity activity && activity.getLoopCharacteristics() != null) {
                return false;
            }
            element = element.getParentElement();
        }
        return element != null;
    }
}
