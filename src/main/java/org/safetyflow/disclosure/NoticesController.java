package org.safetyflow.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.safetyflow.casefile.CaseNumbers;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.security.AccessMatrix;
import org.safetyflow.security.CurrentUser;
import org.safetyflow.rules.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices over HTTP. {@code /api/public/notices} is anonymous and shows published notices only
 * (contract §7); {@code /api/notices} is for officials: a case's notices with their withdrawals;
 * publishing by hand and withdrawal are for 机关负责人 and administrators.
 */
@RestController
class NoticesController {

    private final PublicNotices publicNotices;
    private final Notices notices;
    private final CurrentUser currentUser;
    private final JurisdictionDirectory jurisdictions;

    NoticesController(PublicNotices publicNotices, Notices notices, CurrentUser currentUser, JurisdictionDirectory jurisdictions) {
        this.publicNotices = publicNotices;
        this.notices = notices;
        this.currentUser = currentUser;
        this.jurisdictions = jurisdictions;
    }

    @GetMapping("/api/public/notices")
    List<Map<String, Object>> published(@RequestParam(required = false) String type,
            @RequestParam(required = false) String jurisdiction, @RequestParam(defaultValue = "1") String page,
            @RequestParam(defaultValue = "" + PublicNotices.DEFAULT_PAGE_SIZE) String size) {
        return publicNotices.list(type, jurisdiction, PublicNotices.page(page), PublicNotices.pageSize(size)).stream()
                .map(publicNotices::describe).toList();
    }

    @GetMapping("/api/public/notices/{id}")
    Map<String, Object> publishedNotice(@PathVariable String id) {
        return publicNotices.describe(publicNotices.find(id));
    }

    @GetMapping("/api/notices")
    List<Map<String, Object>> ofCase(@RequestParam String caseNumber) {
        requireVisibleCase(caseNumber);
        return notices.ofCase(caseNumber).stream().map(this::record).toList();
    }

    record Publication(String type, String title, String caseNumber, String jurisdiction, String body) {
    }

    /** A notice published by hand (e.g. a 执法结果公示 prepared outside a process): 机关负责人 or administrators. */
    @PostMapping("/api/notices")
    ResponseEntity<Map<String, Object>> publish(@RequestBody Publication request) {
        requireBureauHead("发布");
        NoticeType type = Fields.required("type", "公告类型", Notices.TYPE, request.type());
        String jurisdiction = Fields.optional("jurisdiction", "管辖区划", FieldType.divisionCode(jurisdictions::isKnown),
                request.jurisdiction());
        String caseNumber = Fields.optional("caseNumber", "案件编号", FieldType.text(40), request.caseNumber());
        requireOwnJurisdiction(jurisdiction, caseNumber);
        Notice notice = notices.publish(type, request.title(), caseNumber, jurisdiction, request.body(), currentUser.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(record(notice));
    }

    record Withdrawal(String reason) {
    }

    @PostMapping("/api/notices/{id}/withdrawal")
    Map<String, Object> withdraw(@PathVariable String id, @RequestBody Withdrawal request) {
        requireBureauHead("撤回");
        Notice notice = notices.find(id).orElseThrow(() -> Refusal.notFound("未找到公告 " + id));
        requireOwnJurisdiction(notice.jurisdiction(), notice.caseNumber());
        return record(notices.withdraw(id, request.reason(), currentUser.id()));
    }

    /** A case of the caller's jurisdictions (its number names its jurisdiction), or 404 as if it did not exist. */
    private void requireVisibleCase(String caseNumber) {
        Matcher number = CaseNumbers.FORMAT.matcher(caseNumber.strip());
        if (!currentUser.isAdministrator() && (!number.matches() || !isOwn(number.group(2)))) {
            throw Refusal.notFound("未找到案件 " + caseNumber + "（或不属于您的管辖区划）");
        }
    }

    /** Officials publish and withdraw only in their own jurisdictions, and for cases of those jurisdictions. */
    private void requireOwnJurisdiction(String jurisdiction, String caseNumber) {
        if (caseNumber != null) {
            requireVisibleCase(caseNumber);
        }
        if (jurisdiction != null && !currentUser.isAdministrator() && !isOwn(jurisdiction)) {
            throw Refusal.forbidden("您不能在管辖区划 " + jurisdiction + " 发布或撤回公告：只能在本人所属的管辖区划及其下级区划。");
        }
    }

    private boolean isOwn(String jurisdiction) {
        return currentUser.tenants().stream().anyMatch(own -> jurisdictions.withDescendants(own).contains(jurisdiction));
    }

    /** The roles the access matrix names as publishers (机关负责人), or administrators. */
    private void requireBureauHead(String action) {
        currentUser.id();
        if (!currentUser.isAdministrator() && AccessMatrix.NOTICE_PUBLISHERS.stream().noneMatch(currentUser::isMemberOf)) {
            throw Refusal.forbidden("只有机关负责人或系统管理员可以" + action + "公告");
        }
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
