package org.safetyflow.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.rules.Refusal;
import org.springframework.stereotype.Component;

/** What the public sees of the notices: published ones only, in one shape for the JSON API and the page. */
@Component
class PublicNotices {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    private final Notices notices;
    private final JurisdictionDirectory jurisdictions;

    PublicNotices(Notices notices, JurisdictionDirectory jurisdictions) {
        this.notices = notices;
        this.jurisdictions = jurisdictions;
    }

    List<Notice> list(String type, String jurisdiction, int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw Refusal.invalid("size", "参数 size 应为 1 至 " + MAX_PAGE_SIZE + " 之间的整数");
        }
        if (page < 1) {
            throw Refusal.invalid("page", "参数 page 应为从 1 开始的页码");
        }
        return notices.published(type(type), jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip(),
                (page - 1) * size, size);
    }

    Notice find(String id) {
        return notices.find(id).filter(Notice::isPublic).orElseThrow(() -> Refusal.notFound("公告不存在或已撤回"));
    }

    Map<String, Object> describe(Notice notice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", notice.id());
        body.put("type", notice.type().name());
        body.put("typeName", notice.type().displayName());
        body.put("title", notice.title());
        body.put("caseNumber", notice.caseNumber());
        body.put("jurisdiction", notice.jurisdiction());
        body.put("jurisdictionName", jurisdictionName(notice));
        body.put("publishedAt", notice.publishedAt());
        body.put("body", notice.body());
        return body;
    }

    String jurisdictionName(Notice notice) {
        return jurisdictions.find(notice.jurisdiction()).map(Jurisdiction::fullName).orElse(null);
    }

    static NoticeType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return NoticeType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("type", "未知的公告类型：" + type + "（可选 "
                    + String.join("、", java.util.Arrays.stream(NoticeType.values()).map(Enum::name).toList()) + "）");
        }
    }
}
