package org.safetyflow.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.safetyflow.casefile.CaseRecordChanged;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.storage.Database;
import org.safetyflow.rules.Refusal;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notices. A process publishes inside its own transaction (see {@link PublishNoticeDelegate}), so
 * a step that fails publishes nothing. Withdrawal keeps the notice and records who withdrew it,
 * when and why; only notices that are published and not withdrawn are public. A notice of a case is
 * written in one transaction with the news of it ({@link CaseRecordChanged}), which the audit seal records.
 */
@Component
public class Notices {

    static final int MAX_TITLE = 300;
    static final int MAX_BODY = 200_000;
    /** The notice types by their names, as the API names them. */
    static final FieldType TYPE = FieldType.oneOf(NoticeType.class);

    private final Database database;
    private final ApplicationEventPublisher events;

    Notices(Database database, ApplicationEventPublisher events) {
        this.database = database;
        this.events = events;
    }

    @Transactional
    public Notice publish(NoticeType type, String title, String caseNumber, String jurisdiction, String body, String actor) {
        NoticeType kind = Fields.required("type", "公告类型", TYPE, type);
        String heading = Fields.required("title", "公告标题", FieldType.text(MAX_TITLE), title);
        String text = Fields.required("body", "公告正文", FieldType.text(MAX_BODY), body);
        String id = UUID.randomUUID().toString();
        database.jdbc().update("insert into sf_notice (id, notice_type, title, case_number, jurisdiction, body, published_at, published_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
                id, kind.name(), heading, caseNumber, jurisdiction, text, Database.now(), actor);
        changed(caseNumber);
        return find(id).orElseThrow();
    }

    /** Published, not withdrawn notices, newest first. */
    public List<Notice> published(NoticeType type, String jurisdiction, int offset, int limit) {
        StringBuilder sql = new StringBuilder("select * from sf_notice where withdrawn_at is null");
        List<Object> args = new ArrayList<>();
        if (type != null) {
            sql.append(" and notice_type = ?");
            args.add(type.name());
        }
        if (jurisdiction != null) {
            sql.append(" and jurisdiction = ?");
            args.add(jurisdiction);
        }
        sql.append(" order by published_at desc, id limit ? offset ?");
        args.add(limit);
        args.add(offset);
        return database.jdbc().query(sql.toString(), Notices::map, args.toArray());
    }

    /** Every notice of a case, withdrawn ones included, oldest first: the case's publication record. */
    public List<Notice> ofCase(String caseNumber) {
        return database.jdbc().query("select * from sf_notice where case_number = ? order by published_at, id", Notices::map, caseNumber);
    }

    public Optional<Notice> find(String id) {
        return database.jdbc().query("select * from sf_notice where id = ?", Notices::map, id).stream().findFirst();
    }

    @Transactional
    public Notice withdraw(String id, String reason, String actor) {
        Notice notice = find(id).orElseThrow(() -> Refusal.notFound("公告不存在：" + id));
        String grounds = Fields.required("reason", "撤回理由", FieldType.text(2000), reason);
        if (!notice.isPublic()) {
            throw Refusal.conflict("该公告已于 " + notice.withdrawnAt().toLocalDate() + " 撤回");
        }
        database.jdbc().update("update sf_notice set withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? where id = ? and withdrawn_at is null",
                Database.now(), actor, grounds, id);
        changed(notice.caseNumber());
        return find(id).orElseThrow();
    }

    private void changed(String caseNumber) {
        if (caseNumber != null) {
            events.publishEvent(new CaseRecordChanged(caseNumber));
        }
    }

    private static Notice map(ResultSet rs, int row) throws SQLException {
        return new Notice(rs.getString("id"), NoticeType.valueOf(rs.getString("notice_type")), rs.getString("title"),
                rs.getString("case_number"), rs.getString("jurisdiction"), rs.getString("body"),
                Database.shanghai(rs.getTimestamp("published_at")), rs.getString("published_by"), Database.shanghai(rs.getTimestamp("withdrawn_at")),
                rs.getString("withdrawn_by"), rs.getString("withdrawal_reason"));
    }
}
