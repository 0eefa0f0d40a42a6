package org.safetyflow.inbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.inbox.Notifications.Kind;
import org.safetyflow.inbox.Notifications.Notification;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.SystemActions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 加签: the holder of a task asks other officials to sign it too. Each signer gets a subtask of the task (「会签：…」, in
 * its own 我的待办, with the task's due date), may read the case, and signs by completing it with its 审批意见 as a comment.
 * The task cannot be completed while a signer has not signed (409, naming them): BEFORE, the holder decides after
 * hearing the signers; AFTER, the holder gives its own opinion with the request (required) and completes the task once the
 * signers have agreed to it. When the last signer signs, the holder is told; each signature is on the case's timeline
 * ({@link CountersignRecords}).
 */
@Component
class Countersigns {

    private static final FieldType REASON = FieldType.text(500);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CurrentUser currentUser;
    private final SystemActions system;
    private final TaskParties parties;
    private final TaskActions actions;
    private final Notifications notifications;
    private final CarbonCopies copies;
    private final TransactionTemplate transaction;
    private final HistoryService history;

    Countersigns(TaskService tasks, RuntimeService runtime, HistoryService history, CurrentUser currentUser, SystemActions system, TaskParties parties,
            TaskActions actions, Notifications notifications, CarbonCopies copies, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.currentUser = currentUser;
        this.system = system;
        this.parties = parties;
        this.actions = actions;
        this.notifications = notifications;
        this.copies = copies;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** 加签 by the task's holder: {@code mode} BEFORE or AFTER. */
    void add(String taskId, Object userIds, Object mode, Object reason) {
        String me = currentUser.id();
        transaction.executeWithoutResult(status -> {
            Task task = parties.visible(taskId);
            if (!me.equals(task.getAssignee())) {
                throw Refusal.forbidden("只有任务的办理人可以加签（请先认领任务）");
            }
            String order = Fields.required("mode", "加签方式", FieldType.oneOf(List.of("BEFORE", "AFTER")), mode);
            boolean after = order.equals("AFTER");
            String why = after ? Fields.required("reason", "本人意见", REASON, reason) : Fields.optional("reason", "加签说明", REASON, reason);
            List<String> signers = Fields.required("userIds", "加签人", FieldType.nameList(10, 64), userIds);
            for (String signer : signers) {
                if (signer.equals(me)) {
                    throw Refusal.invalid("userIds", "不能给自己加签");
                }
                if (!parties.exists(signer) || !parties.inJurisdiction(signer, task.getTenantId())) {
                    throw Refusal.invalid("userIds", "用户 " + signer + " 不存在或不在该案件的管辖区划内，不能加签");
                }
            }
            String caseNumber = parties.caseNumber(task.getProcessInstanceId());
            system.afterCheckingAccess(() -> {
                for (String signer : signers) {
                    Task sign = tasks.newTask();
                    sign.setParentTaskId(task.getId());
                    sign.setName("会签：" + task.getName());
                    sign.setDescription((caseNumber == null ? "" : "案件 " + caseNumber + "，") + me + (after ? " 已提出意见，请您会签：" + why
                            : " 请您在其办结前会签" + (why == null ? "" : "：" + why)) + "。请在「添加评论」中填写审批意见后完成。");
                    sign.setAssignee(signer);
                    sign.setOwner(me);
                    sign.setDueDate(task.getDueDate());
                    sign.setTenantId(task.getTenantId());
                    tasks.saveTask(sign);
                    InboxIndex.quietAssignment(sign.getId());
                    // The signer's card in Tasklist shows the case like any task's (a subtask sees no process variables).
                    tasks.setVariablesLocal(sign.getId(), shownOnCards(task));
                }
                return null;
            });
            if (task.getProcessInstanceId() != null) {
                signers.forEach(signer -> copies.letRead(signer, task.getProcessInstanceId()));
            }
            actions.record(task, caseNumber, TaskAction.Type.COUNTERSIGN, me, String.join(",", signers) + (after ? "（后加签）" : "（前加签）"), why);
            for (String signer : signers) {
                notifications.send(new Notification(signer, Kind.ASSIGNED, "加签：任务「" + task.getName() + "」", me + " 请您会签"
                        + (why == null ? "" : "：" + why), caseNumber, task.getId()));
            }
        });
    }

    /** The case's number, enterprise and jurisdiction, as Tasklist's filters show them on each card. */
    private Map<String, Object> shownOnCards(Task task) {
        Map<String, Object> shown = new LinkedHashMap<>();
        if (task.getExecutionId() != null) {
            for (String name : List.of("caseNumber", "enterpriseName", "jurisdiction")) {
                Object value = runtime.getVariable(task.getExecutionId(), name);
                if (value != null) {
                    shown.put(name, value);
                }
            }
        }
        return shown;
    }

    /** The task's signers: who, whether each has signed, and its opinion. */
    List<Map<String, Object>> of(String taskId) {
        currentUser.id();
        parties.visible(taskId);
        return system.afterCheckingAccess(() -> {
            List<Map<String, Object>> signers = new ArrayList<>();
            for (HistoricTaskInstance sign : history.createHistoricTaskInstanceQuery().taskParentTaskId(taskId).orderByHistoricActivityInstanceStartTime()
                    .asc().list()) {
                Map<String, Object> signer = new LinkedHashMap<>();
                signer.put("userId", sign.getAssignee());
                signer.put("signed", "completed".equals(sign.getDeleteReason()));
                signer.put("opinion", String.join("；", tasks.getTaskComments(sign.getId()).stream().map(Comment::getFullMessage).toList()));
                signers.add(signer);
            }
            return signers;
        });
    }
}
