package org.safetyflow.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.security.Role;
import org.safetyflow.web.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices over HTTP. {@code /api/public/notices} is anonymous and shows published notices only
 * (contract §7); {@code /api/notices} is for officials: a case's notices with their withdrawals, and
 * withdrawal itself (administrators and 机关负责人).
 */
@RestController
class NoticesController {

    private final PublicNotices publicNotices;
    private final Notices notices;
    private final CurrentUser currentUser;

    NoticesController(PublicNotices publicNotices, Notices notices, CurrentUser currentUser) {
        this.publicNotices = publicNotices;
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/public/notices")
    List<Map<String, Object>> published(@RequestParam(required = false) String type,
            @RequestParam(required = false) String jurisdiction, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "" + PublicNotices.DEFAULT_PAGE_SIZE) int size) {
        return publicNotices.list(type, jurisdiction, page, size).stream().map(publicNotices::describe).toList();
    }

    @GetMapping("/api/public/notices/{id}")
    Map<String, Object> publishedNotice(@PathVariable String id) {
        return publicNotices.describe(publicNotices.find(id));
    }

    @GetMapping("/api/notices")
    List<Map<String, Object>> ofCase(@RequestParam String caseNumber) {
        return notices.ofCase(caseNumber).stream().map(this::record).toList();
    }

    record Withdrawal(String reason) {
    }

    @PostMapping("/api/notices/{id}/withdrawal")
    Map<String, Object> withdraw(@PathVariable String id, @RequestBody Withdrawal request) {
        if (!currentUser.isAdministrator() && !currentUser.isMemberOf(Role.BUREAU_HEAD)) {
            throw ApiException.forbidden("只有机关负责人或系统管理员可以撤回公告");
        }
        return record(notices.withdraw(id, request.reason(), currentUser.id()));
    }

    private Map<String, Object> record(Notice notice) {
        Map<String, Object> body = new LinkedHashMap<>(publicNotices.describe(notice));
        body.put("publishedBy", notice.publishedBy());
        body.put("withdrawn", !notice.isPublic());
        body.put("withdrawnAt", notice.withdrawnAt());
        body.put("withdrawnBy", notice.withdrawnBy());
        body.put("withdrawalReason", notice.withdrawalReason());
        return body;
    }
}
