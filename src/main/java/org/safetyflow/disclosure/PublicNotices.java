package org.safetyflow.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
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

    /** The page number asked for, from 1, as a request's parameter or a number. */
    static int page(Object page) {
        return Fields.page(page);
    }

    /** The number of notices a page holds, at most {@link #MAX_PAGE_SIZE}, as a request's parameter or a number. */
    static int pageSize(Object size) {
        return Fields.required("size", "每页条数", FieldType.count(1, MAX_PAGE_SIZE), size);
    }

    List<Notice> list(String type, String jurisdiction, int page, int size) {
        int pageSize = pageSize(size);
        int pageNumber = page(page);
        NoticeType kind = Fields.optional("type", "公告类型", Notices.TYPE, type);
        String division = Fields.optional("jurisdiction", "管辖区划", FieldType.divisionCode(), jurisdiction);
        return notices.published(kind, division, (pageNumber - 1) * pageSize, pageSize);
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
}
