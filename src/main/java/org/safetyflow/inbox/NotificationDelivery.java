package org.safetyflow.inbox;

import java.util.ArrayList;
import java.util.List;
import org.safetyflow.inbox.Notifications.Kind;
import org.safetyflow.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the notifications by mail and SMS as their users chose ({@link NotificationPreferences}), from
 * {@code sf_notification} as an outbox: a notification is there once the operation that made it committed, and is
 * delivered every {@code safetyflow.inbox.delivery-interval-seconds} by one node at a time per notification (locked
 * while it is sent). Mail goes through Spring's mail sender (configured by {@code spring.mail.host}; without it, no
 * mail), SMS through the bureau's {@link SmsGateway} (without one, no SMS). A failed channel is tried again in the
 * next rounds, three times in all; what happened is kept in {@code delivery}.
 */
@Component
class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);
    static final int ATTEMPTS = 3;

    private final Database database;
    private final NotificationPreferences preferences;
    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<SmsGateway> sms;
    private final TransactionTemplate transaction;
    private final String from;
    private final String tasklist;

    NotificationDelivery(Database database, NotificationPreferences preferences, ObjectProvider<JavaMailSender> mail, ObjectProvider<SmsGateway> sms,
            PlatformTransactionManager transactions, @Value("${safetyflow.inbox.mail-from}") String from,
            @Value("${safetyflow.inbox.tasklist-url}") String tasklist) {
        this.database = database;
        this.preferences = preferences;
        this.mail = mail;
        this.sms = sms;
        this.transaction = new TransactionTemplate(transactions);
        this.from = from;
        this.tasklist = tasklist;
    }

    @Scheduled(fixedDelayString = "${safetyflow.inbox.delivery-interval-seconds}", initialDelayString = "${safetyflow.inbox.delivery-interval-seconds}",
            timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void deliverInRounds() {
        try {
            deliver();
        } catch (RuntimeException e) {
            log.warn("Notification delivery round failed: {}", e.getMessage());
        }
    }

    /** Delivers what waits, 100 at a time, each notification once per call (a failed one waits for the next); returns how many it tried. */
    int deliver() {
        int tried = 0;
        long after = 0;
        for (int round = 0; round < 100; round++) {
            long from = after;
            List<Waiting> waiting = transaction.execute(status -> {
                List<Waiting> rows = database.jdbc().query("select id, user_id, kind, title, body, case_number, task_id, attempts from sf_notification"
                        + " where delivered_at is null and id > ? order by id limit 100 for update" + (database.postgres() ? " skip locked" : ""),
                        (rs, row) -> new Waiting(rs.getLong(1), rs.getString(2), Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getInt(8)), from);
                rows.forEach(this::deliver);
                return rows;
            });
            if (waiting == null || waiting.isEmpty()) {
                return tried;
            }
            tried += waiting.size();
            after = waiting.get(waiting.size() - 1).id();
        }
        return tried;
    }

    private void deliver(Waiting note) {
        NotificationPreferences.Choice choice = preferences.choice(note.userId(), note.kind());
        List<String> outcome = new ArrayList<>();
        boolean failed = false;
        // A channel this installation lacks is noted, not retried: it will not be there in 30 seconds either.
        if (choice.mail() && mail.getIfAvailable() == null) {
            outcome.add("mail: 未配置邮件服务器");
        } else if (choice.mail()) {
            failed |= !attempt(outcome, "mail", () -> mail(note));
        }
        if (choice.sms() && sms.getIfAvailable() == null) {
            outcome.add("sms: 未接入短信平台");
        } else if (choice.sms()) {
            failed |= !attempt(outcome, "sms", () -> text(note));
        }
        String delivery = outcome.isEmpty() ? "in-app" : String.join(", ", outcome);
        if (failed && note.attempts() + 1 < ATTEMPTS) {
            database.jdbc().update("update sf_notification set attempts = attempts + 1, delivery = ? where id = ?", delivery, note.id());
        } else {
            database.jdbc().update("update sf_notification set attempts = attempts + 1, delivery = ?, delivered_at = ? where id = ?", delivery,
                    Database.now(), note.id());
        }
    }

    private static boolean attempt(List<String> outcome, String channel, Runnable send) {
        try {
            send.run();
            outcome.add(channel);
            return true;
        } catch (RuntimeException e) {
            outcome.add(channel + ": 失败（" + e.getMessage() + "）");
            log.warn("Notification by {} failed: {}", channel, e.getMessage());
            return false;
        }
    }

    private void mail(Waiting note) {
        JavaMailSender sender = mail.getIfAvailable();
        String address = preferences.email(note.userId());
        if (address == null) {
            throw new IllegalStateException("用户没有电子邮箱");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(address);
        message.setSubject("【SafetyFlow】" + note.title());
        message.setText((note.body() == null ? note.title() : note.body()) + "\n\n"
                + (note.caseNumber() == null ? "" : "案件编号：" + note.caseNumber() + "\n")
                + (note.taskId() == null ? "" : "办理：" + tasklist + "#/?task=" + note.taskId() + "\n")
                + "\n（本邮件由 SafetyFlow 安全生产工作流自动发送；可在任务列表「通知」中更改通知方式。）");
        sender.send(message);
    }

    private void text(Waiting note) {
        SmsGateway gateway = sms.getIfAvailable();
        String mobile = preferences.mobile(note.userId());
        if (mobile == null) {
            throw new IllegalStateException("用户没有手机号码");
        }
        String text = "【SafetyFlow】" + note.title() + (note.caseNumber() == null ? "" : "（" + note.caseNumber() + "）");
        gateway.send(mobile, text.length() > 300 ? text.substring(0, 300) : text);
    }

    private record Waiting(long id, String userId, Kind kind, String title, String body, String caseNumber, String taskId, int attempts) {
    }
}
