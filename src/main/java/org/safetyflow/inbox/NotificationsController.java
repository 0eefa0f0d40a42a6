package org.safetyflow.inbox;

import java.util.Map;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/notifications} (the caller's, newest first, with the unread count) and marking one read (contract §12). */
@RestController
class NotificationsController {

    private final Notifications notifications;
    private final CarbonCopies copies;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final NotificationPreferences preferences;

    NotificationsController(Notifications notifications, CarbonCopies copies, CurrentUser currentUser, PlatformTransactionManager transactions,
            NotificationPreferences preferences) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.copies = copies;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
    }

    @GetMapping("/api/notifications")
    Map<String, Object> list(@RequestParam(defaultValue = "1") String page, @RequestParam(defaultValue = "20") String size) {
        int pageNumber = Fields.page(page);
        int pageSize = Fields.pageSize(size, 100);
        return notifications.of(currentUser.id(), (pageNumber - 1) * pageSize, pageSize);
    }

    /** How the caller is told of each kind: in the app always, by mail and by SMS as it chose. */
    @GetMapping("/api/notifications/preferences")
    Map<String, Object> preferences() {
        return preferences.of(currentUser.id());
    }

    /** Changes them: {@code {"mobile": "13800000000", "kinds": {"URGED": {"mail": true, "sms": true}}}}; answers the result. */
    @PutMapping("/api/notifications/preferences")
    Map<String, Object> changePreferences(@RequestBody Map<String, Object> request) {
        String user = currentUser.id();
        transaction.executeWithoutResult(status -> preferences.change(user, request));
        return preferences.of(user);
    }

    /** Marks it read; a 抄送's notification is its read receipt. */
    @PostMapping("/api/notifications/{id}/read")
    ResponseEntity<Void> read(@PathVariable String id) {
        String user = currentUser.id();
        long number = Fields.<Integer>required("id", "通知编号", FieldType.count(1, Integer.MAX_VALUE), id);
        transaction.executeWithoutResult(status -> {
            Notifications.Notification read = notifications.read(user, number);
            if (read.kind() == Notifications.Kind.CC && read.taskId() != null) {
                copies.read(user, read.taskId());
            }
        });
        return ResponseEntity.noContent().build();
    }
}
