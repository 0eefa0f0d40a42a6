package org.safetyflow.inbox;

import java.sql.Timestamp;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.engine.TimeLimits;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * The 即将超期 and 已超期 notifications: once per task and user, to its assignee or the users named as its candidates
 * (a task waiting for a whole group shows under the group's 即将超期 and 已超期 views instead of telling each member).
 * Sent by {@link InboxReconciliation}'s rounds, from the read model.
 */
@Component
class InboxReminders {

    private final Database database;
    private final TimeLimits limits;

    InboxReminders(Database database, TimeLimits limits) {
        this.database = database;
        this.limits = limits;
    }

    /** Sends what is due; returns how many notifications it sent. */
    int send() {
        Date now = ClockUtil.getCurrentTime();
        Timestamp at = new Timestamp(now.getTime());
        int overdue = remind(Notifications.Kind.OVERDUE, "'已超期：「' || s.task_name || '」'", "'任务「' || s.task_name || '」已超过办理期限，请尽快办理'",
                "s.sort_at < ?", at, at);
        int soon = remind(Notifications.Kind.DUE_SOON, "'即将超期：「' || s.task_name || '」'", "'任务「' || s.task_name || '」将在 "
                + limits.limit("inbox.due-soon").in(org.safetyflow.calendar.TimeLimit.Unit.WORKING_DAYS) + " 个工作日内到期'",
                "s.sort_at >= ? and s.sort_at <= ?", at, at, new Timestamp(limits.after("inbox.due-soon", now).getTime()));
        return overdue + soon;
    }

    private int remind(Notifications.Kind kind, String title, String body, String due, Timestamp now, Object... dueArgs) {
        Object[] args = new Object[dueArgs.length + 1];
        args[0] = now;
        System.arraycopy(dueArgs, 0, args, 1, dueArgs.length);
        return database.jdbc().update("insert into sf_notification (user_id, kind, title, body, case_number, task_id, created_at)"
                + " select substring(s.principal, 3), '" + kind.name() + "', " + title + ", " + body + ", c.case_number, s.task_id, ?"
                + " from sf_inbox s left join sf_case c on c.process_instance_id = s.process_instance_id"
                + " where s.kind in ('A', 'C') and s.principal like 'u:%' and " + due
                + " and not exists (select 1 from sf_notification n where n.task_id = s.task_id and n.user_id = substring(s.principal, 3)"
                + " and n.kind = '" + kind.name() + "')", args);
    }
}
