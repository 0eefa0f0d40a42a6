package org.safetyflow.inbox;

import java.sql.Timestamp;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.calendar.TimeLimit;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.inbox.Notifications.Kind;
import org.safetyflow.inbox.Notifications.Notification;
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
 * The approvers' operations on a task (contract §12): 转办, 委派 and 归还, 催办, 抄送. Each checks who may do it
 * ({@link TaskParties}) within the caller's jurisdictions (a task of another one is not found), then changes the task
 * without the engine's own permission check (an assignee may hand its task on, which the engine's task permissions
 * alone would not allow), records the operation with its reason for the case's timeline ({@link TaskActions}) and
 * tells whom it concerns ({@link Notifications}), all in one transaction.
 */
@Component
class TaskOperations {

    private static final FieldType REASON = FieldType.text(500);
    private static final FieldType USER = FieldType.text(64);

    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final SystemActions system;
    private final TaskParties parties;
    private final TaskActions actions;
    private final Notifications notifications;
    private final CarbonCopies copies;
    private final TimeLimits limits;
    private final TransactionTemplate transaction;

    TaskOperations(TaskService tasks, CurrentUser currentUser, SystemActions system,
            TaskParties parties, TaskActions actions, Notifications notifications, CarbonCopies copies, TimeLimits limits,
            PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.system = system;
        this.parties = parties;
        this.actions = actions;
        this.notifications = notifications;
        this.copies = copies;
        this.limits = limits;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** 转办: the assignee (or, while nobody holds it, a candidate) hands the task to another official for good. */
    void transfer(String taskId, Object userId, Object reason) {
        String me = currentUser.id();
        transaction.executeWithoutResult(status -> {
            Task task = parties.visible(taskId);
            if (!me.equals(task.getAssignee()) && !(task.getAssignee() == null && parties.isCandidate(task, me, currentUser.groups()))) {
                throw Refusal.forbidden("只有任务的办理人（任务未认领时为其候选人）可以转办");
            }
            if (task.getDelegationState() == DelegationState.PENDING) {
                throw Refusal.conflict("任务「" + task.getName() + "」正在委派中，须由受托人归还后才能转办");
            }
            String to = receiver(task, userId, "转办");
            String why = Fields.required("reason", "转办理由", REASON, reason);
            parties.makeCandidate(task, to);
            system.afterCheckingAccess(() -> {
                InboxIndex.quietAssignment(task.getId());
                tasks.setAssignee(task.getId(), to);
                return null;
            });
            String caseNumber = caseNumber(task);
            actions.record(task, caseNumber, TaskAction.Type.TRANSFER, me, to, why);
            notifications.send(new Notification(to, Kind.ASSIGNED, "转办：任务「" + task.getName() + "」", me + " 将任务转办给您办理。理由：" + why,
                    caseNumber, task.getId()));
        });
    }

    /** 委派: the assignee asks another official to work the task and give it back (归还); it stays the task's owner. */
    void delegate(String taskId, Object userId, Object reason) {
        String me = currentUser.id();
        transaction.executeWithoutResult(status -> {
            Task task = parties.visible(taskId);
            if (!me.equals(task.getAssignee())) {
                throw Refusal.forbidden("只有任务的办理人可以委派（请先认领任务）");
            }
            if (task.getDelegationState() == DelegationState.PENDING) {
                throw Refusal.conflict("任务「" + task.getName() + "」已在委派中");
            }
            String to = receiver(task, userId, "委派");
            String why = Fields.required("reason", "委派事由", REASON, reason);
            parties.makeCandidate(task, to);
            system.afterCheckingAccess(() -> {
                InboxIndex.quietAssignment(task.getId());
                tasks.delegateTask(task.getId(), to);
                return null;
            });
            String caseNumber = caseNumber(task);
            actions.record(task, caseNumber, TaskAction.Type.DELEGATE, me, to, why);
            notifications.send(new Notification(to, Kind.ASSIGNED, "委派：任务「" + task.getName() + "」", me + " 委派您办理此任务，办毕请归还。事由：" + why,
                    caseNumber, task.getId()));
        });
    }

    /** 归还: the delegate gives the task back to its owner, who completes it. */
    void resolve(String taskId, Object comment) {
        String me = currentUser.id();
        transaction.executeWithoutResult(status -> {
            Task task = parties.visible(taskId);
            if (task.getDelegationState() != DelegationState.PENDING) {
                throw Refusal.conflict("任务「" + task.getName() + "」不在委派中，无需归还");
            }
            if (!me.equals(task.getAssignee())) {
                throw Refusal.forbidden("只有受托人可以归还委派的任务");
            }
            String note = Fields.optional("reason", "办理意见", REASON, comment);
            system.afterCheckingAccess(() -> {
                InboxIndex.quietAssignment(task.getId());
                tasks.resolveTask(task.getId());
                return null;
            });
            String caseNumber = caseNumber(task);
            actions.record(task, caseNumber, TaskAction.Type.RESOLVE, me, task.getOwner(), note);
            notifications.send(new Notification(task.getOwner(), Kind.ASSIGNED, "归还：任务「" + task.getName() + "」", me + " 已办毕并归还此任务，请您审核办结"
                    + (note == null ? "" : "。意见：" + note), caseNumber, task.getId()));
        });
    }

    /** 催办: tells the assignee (or the candidates) to get on with it; at most once an hour per task and caller. */
    void urge(String taskId, Object message) {
        String me = currentUser.id();
        transaction.executeWithoutResult(status -> {
            Task task = parties.visible(taskId);
            if (me.equals(task.getAssignee())) {
                throw Refusal.invalid("不能催办自己正在办理的任务");
            }
            int hours = limits.limit("inbox.urge-interval").in(TimeLimit.Unit.HOURS);
            Timestamp last = actions.last(task.getId(), me, TaskAction.Type.URGE);
            if (last != null) {
                long waitMillis = limits.after("inbox.urge-interval", last).getTime() - ClockUtil.getCurrentTime().getTime();
                if (waitMillis > 0) {
                    throw Refusal.tooSoon("同一任务每 " + hours + " 小时只能催办一次：您已于 " + CalendarDays.chinese(last) + " "
                            + Database.shanghai(last).toLocalTime().withNano(0) + " 催办过，请 " + (waitMillis / 60_000 + 1) + " 分钟后再试");
                }
            }
            String text = Fields.optional("message", "催办内容", REASON, message);
            List<String> told = parties.workers(task);
            if (told.isEmpty()) {
                throw Refusal.conflict("任务「" + task.getName() + "」目前没有可以通知的办理人或候选人");
            }
            String caseNumber = caseNumber(task);
            actions.record(task, caseNumber, TaskAction.Type.URGE, me, String.join(",", told), text);
            for (String user : told) {
                notifications.send(new Notification(user, Kind.URGED, "催办：任务「" + task.getName() + "」", me + " 催办此任务"
                        + (task.getDueDate() == null ? "" : "（办理期限 " + CalendarDays.chinese(task.getDueDate()) + "）") + (text == null ? "" : "：" + text),
                        caseNumber, task.getId()));
            }
        });
    }

    /** 抄送: lets other officials of the case's jurisdictions read the case, and tells them. */
    void carbonCopy(String taskId, Object userIds, Object note) {
        String me = currentUser.id();
        transaction.executeWithoutResult(status -> {
            Task task = parties.visible(taskId);
            if (!parties.works(task, me, currentUser.groups())) {
                throw Refusal.forbidden("只有任务的办理人或候选人可以抄送");
            }
            List<String> users = Fields.required("userIds", "抄送人", FieldType.nameList(20, 64), userIds);
            String text = Fields.optional("reason", "抄送说明", REASON, note);
            for (String user : users) {
                requireUser(user);
                if (!parties.inJurisdiction(user, task.getTenantId())) {
                    throw Refusal.invalid("userIds", "用户 " + user + " 不在该案件的管辖区划内，不能抄送给他");
                }
            }
            String caseNumber = caseNumber(task);
            copies.send(task, caseNumber, users, me);
            actions.record(task, caseNumber, TaskAction.Type.CC, me, String.join(",", users), text);
            for (String user : users) {
                notifications.send(new Notification(user, Kind.CC, "抄送：" + (caseNumber == null ? "" : caseNumber + " ") + "「" + task.getName() + "」",
                        me + " 将此案件抄送给您知悉" + (text == null ? "" : "：" + text), caseNumber, task.getId()));
            }
        });
    }

    /** Refuses (404) a task the caller may not see. */
    void requireVisible(String taskId) {
        currentUser.id();
        parties.visible(taskId);
    }

    /** The official a task is handed to: one who exists, is not the caller or its holder, and may work the task. */
    private String receiver(Task task, Object userId, String operation) {
        String to = Fields.required("userId", "接收人", USER, userId);
        requireUser(to);
        if (to.equals(currentUser.id()) || to.equals(task.getAssignee())) {
            throw Refusal.invalid("userId", "不能" + operation + "给自己或任务当前的办理人");
        }
        if (!parties.mayWork(to, task.getId())) {
            throw Refusal.invalid("userId", "用户 " + to + " 无权查看或办理该案件的任务（不在其管辖区划或职责内），不能" + operation + "给他");
        }
        return to;
    }

    private void requireUser(String userId) {
        if (!parties.exists(userId)) {
            throw Refusal.invalid("userId", "用户 " + userId + " 不存在");
        }
    }

    private String caseNumber(Task task) {
        return parties.caseNumber(task.getProcessInstanceId());
    }
}
