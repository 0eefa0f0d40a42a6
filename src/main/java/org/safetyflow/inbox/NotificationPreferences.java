package org.safetyflow.inbox;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.safetyflow.inbox.Notifications.Kind;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.SystemActions;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * Each user's choice of how it is told, per kind of notification: always in the app; by mail (default: where the user
 * has an e-mail address) and by SMS (default: no; to the mobile number the user gives).
 */
@Component
class NotificationPreferences {

    private static final FieldType MOBILE = FieldType.pattern("1[3-9][0-9]{9}", "11 位手机号码");

    private final Database database;
    private final IdentityService identities;
    private final SystemActions system;

    NotificationPreferences(Database database, IdentityService identities, SystemActions system) {
        this.database = database;
        this.identities = identities;
        this.system = system;
    }

    /** The user's choices: {@code email} (from its account), {@code mobile}, and per kind {@code mail} and {@code sms}. */
    Map<String, Object> of(String userId) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("email", email(userId));
        answer.put("mobile", mobile(userId));
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            Choice choice = choice(userId, kind);
            kinds.put(kind.name(), Map.of("inApp", true, "mail", choice.mail(), "sms", choice.sms()));
        }
        answer.put("kinds", kinds);
        return answer;
    }

    /** Changes the user's choices: {@code {"mobile": "13800000000", "kinds": {"URGED": {"mail": true, "sms": true}}}}. */
    void change(String userId, Map<String, Object> request) {
        String mobile = request.containsKey("mobile") ? Fields.optional("mobile", "手机号码", MOBILE, request.get("mobile")) : mobile(userId);
        Map<Kind, Choice> choices = new LinkedHashMap<>();
        if (request.get("kinds") instanceof Map<?, ?> kinds) {
            for (Map.Entry<?, ?> entry : kinds.entrySet()) {
                Kind kind = Arrays.stream(Kind.values()).filter(k -> k.name().equals(entry.getKey())).findFirst()
                        .orElseThrow(() -> Refusal.invalid("kinds", "没有「" + entry.getKey() + "」这类通知：应为 " + Arrays.toString(Kind.values())));
                if (!(entry.getValue() instanceof Map<?, ?> choice)) {
                    throw Refusal.invalid("kinds", "「" + kind + "」应为 {\"mail\": true|false, \"sms\": true|false}");
                }
                Choice current = choice(userId, kind);
                choices.put(kind, new Choice(flag(choice.get("mail"), current.mail()), flag(choice.get("sms"), current.sms())));
            }
        } else if (request.containsKey("kinds")) {
            throw Refusal.invalid("kinds", "「kinds」应为按通知类别的选择");
        }
        if (choices.values().stream().anyMatch(Choice::sms) && mobile == null) {
            throw Refusal.invalid("mobile", "选择短信通知须先填写手机号码");
        }
        database.jdbc().update("delete from sf_notification_contact where user_id = ?", userId);
        database.jdbc().update("insert into sf_notification_contact (user_id, mobile, updated_at) values (?, ?, ?)", userId, mobile, Database.now());
        choices.forEach((kind, choice) -> {
            database.jdbc().update("delete from sf_notification_preference where user_id = ? and kind = ?", userId, kind.name());
            database.jdbc().update("insert into sf_notification_preference (user_id, kind, mail, sms, updated_at) values (?, ?, ?, ?, ?)", userId,
                    kind.name(), choice.mail(), choice.sms(), Database.now());
        });
    }

    /** How the user wants to be told of this kind, beside the app. */
    Choice choice(String userId, Kind kind) {
        List<Choice> stored = database.jdbc().query("select mail, sms from sf_notification_preference where user_id = ? and kind = ?",
                (rs, row) -> new Choice(rs.getBoolean(1), rs.getBoolean(2)), userId, kind.name());
        return stored.isEmpty() ? new Choice(email(userId) != null, false) : stored.get(0);
    }

    String email(String userId) {
        User user = system.afterCheckingAccess(() -> identities.createUserQuery().userId(userId).singleResult());
        return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
    }

    String mobile(String userId) {
        List<String> mobile = database.jdbc().queryForList("select mobile from sf_notification_contact where user_id = ?", String.class, userId);
        return mobile.isEmpty() ? null : mobile.get(0);
    }

    private static boolean flag(Object value, boolean current) {
        if (value == null) {
            return current;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw Refusal.invalid("kinds", "通知方式应为 true 或 false");
    }

    record Choice(boolean mail, boolean sms) {
    }
}
