package org.safetyflow.security;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * The security log of 等保2.0 三级 (GB/T 22239-2019 8.1.4.3): who logged in, who failed and who was
 * locked out, and every change to users, groups, tenants, memberships, authorizations and deployments
 * (written by {@link SecurityEvents} from the engine's own operation log). Append-only; read and
 * exported only by the audit administrator ({@link Role#AUDIT_ADMIN}).
 */
@Component
public class SecurityLog {

    /** What happened, with its Chinese name for readers of the log. */
    public enum Event {
        LOGIN("登录成功"), LOGIN_FAILED("登录失败"), LOCKED_OUT("连续登录失败，账户锁定"), UNLOCKED("账户解锁"),
        IDENTITY_CHANGED("用户、用户组或管辖区划变更"), AUTHORIZATION_CHANGED("授权变更"), DEPLOYMENT_CHANGED("部署变更"),
        LOG_READ("查阅安全日志");

        private final String description;

        Event(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final Database database;

    SecurityLog(Database database) {
        this.database = database;
    }

    /** Written at the wall clock's time (not the engine's, which tests move). */
    public void record(Event event, String actor, String subject, String detail, String client) {
        database.jdbc().update("insert into sf_security_log (id, logged_at, event, actor, subject, detail, client) values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), new Timestamp(System.currentTimeMillis()), event.name(), actor,
                cut(subject, 255), cut(detail, 2000), cut(client, 64));
    }

    /** Entries from one day to another (inclusive, Asia/Shanghai), oldest first, optionally of one actor or event. */
    public List<Map<String, Object>> between(LocalDate from, LocalDate to, String actor, Event event, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select logged_at, event, actor, subject, detail, client from sf_security_log"
                + " where logged_at >= ? and logged_at < ?");
        List<Object> args = new ArrayList<>(List.of(start(from), start(to.plusDays(1))));
        if (actor != null) {
            sql.append(" and actor = ?");
            args.add(actor);
        }
        if (event != null) {
            sql.append(" and event = ?");
            args.add(event.name());
        }
        sql.append(" order by seq offset ? rows fetch next ? rows only");
        args.add(offset);
        args.add(limit);
        return database.jdbc().query(sql.toString(), (rs, row) -> {
            Event logged = Event.valueOf(rs.getString("event"));
            return Map.of("time", Database.shanghai(rs.getTimestamp("logged_at")), "event", logged.name(),
                    "description", logged.description(), "actor", nullToEmpty(rs.getString("actor")),
                    "subject", nullToEmpty(rs.getString("subject")), "detail", nullToEmpty(rs.getString("detail")),
                    "client", nullToEmpty(rs.getString("client")));
        }, args.toArray());
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(SHANGHAI).toInstant());
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
