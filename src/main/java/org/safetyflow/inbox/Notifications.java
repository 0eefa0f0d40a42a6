package org.safetyflow.inbox;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyflow.rules.Refusal;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * A user's in-app notifications ({@code sf_notification}): a task assigned to them, 催办, 抄送, a task due within
 * 2 working days, overdue. Written in the transaction of what they tell of, so a rolled-back operation tells nobody.
 */
@Component
class Notifications {

    private final Database database;

    Notifications(Database database) {
        this.database = database;
    }

    void send(Notification notification) {
        database.jdbc().update("insert into sf_notification (user_id, kind, title, body, case_number, task_id, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                notification.userId(), notification.kind().name(), notification.title(), notification.body(), notification.caseNumber(),
                notification.taskId(), Database.now());
    }

    /** The user's notifications, newest first, with how many are unread. */
    Map<String, Object> of(String userId, int offset, int size) {
        List<Map<String, Object>> items = database.jdbc().query("select * from sf_notification where user_id = ? order by created_at desc, id desc"
                + " limit ? offset ?", (rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", rs.getLong("id"));
                    item.put("kind", rs.getString("kind"));
                    item.put("title", rs.getString("title"));
                    item.put("body", rs.getString("body"));
                    item.put("caseNumber", rs.getString("case_number"));
                    item.put("taskId", rs.getString("task_id"));
                    item.put("created", Database.shanghai(rs.getTimestamp("created_at")));
                    Timestamp read = rs.getTimestamp("read_at");
                    item.put("read", read == null ? null : Database.shanghai(read));
                    return item;
                }, userId, size, offset);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("unread", database.jdbc().queryForObject("select count(*) from sf_notification where user_id = ? and read_at is null",
                Long.class, userId));
        answer.put("items", items);
        return answer;
    }

    /** Marks one of the user's notifications read (again: no change); another user's is not found. Returns it. */
    Notification read(String userId, long id) {
        List<Notification> found = database.jdbc().query("select * from sf_notification where id = ? and user_id = ?", (rs, row) ->
                new Notification(rs.getString("user_id"), Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
                        rs.getString("case_number"), rs.getString("task_id")), id, userId);
        if (found.isEmpty()) {
            throw Refusal.notFound("未找到通知 " + id);
        }
        database.jdbc().update("update sf_notification set read_at = ? where id = ? and read_at is null", Database.now(), id);
        return found.get(0);
    }

    /** Whether the user was told of the task in this way already (a due-date reminder is sent once). */
    boolean sent(String userId, String taskId, Kind kind) {
        return database.jdbc().queryForObject("select count(*) from sf_notification where task_id = ? and user_id = ? and kind = ?", Long.class,
                taskId, userId, kind.name()) > 0;
    }

    enum Kind { ASSIGNED, URGED, CC, DUE_SOON, OVERDUE }

    record Notification(String userId, Kind kind, String title, String body, String caseNumber, String taskId) {
    }
}
