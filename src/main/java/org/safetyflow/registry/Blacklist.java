package org.safetyflow.registry;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.storage.Database;
import org.safetyflow.rules.Refusal;
import org.springframework.stereotype.Component;

/**
 * The 严重失信主体名单 (应急管理部令第11号). Licensing consults it in BPMN as
 * {@code ${blacklist.isListed(enterpriseCreditCode)}}.
 */
@Component("blacklist")
public class Blacklist {

    static final int LISTING_YEARS = 3;
    static final int MONTHS_BEFORE_EARLY_REMOVAL = 12;

    private final Database database;

    Blacklist(Database database) {
        this.database = database;
    }

    /** Whether the enterprise is listed today (Asia/Shanghai, engine clock). */
    public boolean isListed(String creditCode) {
        return isListed(creditCode, CalendarDays.dayOf(ClockUtil.getCurrentTime()));
    }

    public boolean isListed(String creditCode, LocalDate day) {
        return entries(creditCode).stream().anyMatch(entry -> entry.inForceOn(day));
    }

    public List<BlacklistEntry> entries(String creditCode) {
        return database.jdbc().query("select * from sf_blacklist_entry where credit_code = ? order by listed_on desc",
                Blacklist::map, creditCode);
    }

    /** Entries in force today, or all entries ever made. */
    public List<BlacklistEntry> list(boolean includeEnded) {
        if (includeEnded) {
            return database.jdbc().query("select * from sf_blacklist_entry order by listed_on desc, credit_code", Blacklist::map);
        }
        Date today = Date.valueOf(CalendarDays.dayOf(ClockUtil.getCurrentTime()));
        return database.jdbc().query("select * from sf_blacklist_entry where listed_on <= ? and expires_on > ?"
                + " and (removed_on is null or removed_on > ?) order by listed_on desc, credit_code", Blacklist::map, today, today, today);
    }

    public Optional<BlacklistEntry> find(String id) {
        return database.jdbc().query("select * from sf_blacklist_entry where id = ?", Blacklist::map, id).stream().findFirst();
    }

    /** Lists an enterprise (administrators), the values as sent: checked here; {@code listedOn} is YYYY-MM-DD. */
    public BlacklistEntry add(String creditCode, String enterpriseName, String reason, String sourceCase,
            String decisionNumber, String listedOn, String actor) {
        String code = Fields.required("creditCode", "统一社会信用代码", FieldType.creditCode(), creditCode);
        String name = Fields.required("enterpriseName", "企业名称", FieldType.text(200), enterpriseName);
        String grounds = Fields.required("reason", "列入事由", FieldType.text(2000), reason);
        String source = Fields.optional("sourceCase", "来源案件", FieldType.text(40), sourceCase);
        String decision = Fields.optional("decisionNumber", "决定文号", FieldType.text(100), decisionNumber);
        LocalDate listed = Fields.required("listedOn", "列入日期", FieldType.pastDate(), listedOn);
        return insert(code, name, grounds, source, decision, listed, actor);
    }

    /**
     * Lists an enterprise by a 行政处罚决定 (应急管理部令第11号第八条: the department that decided the penalty lists it), in
     * the decision's transaction: {@code sourceCase} is the penalty case, {@code decisionNumber} its 决定书文号.
     */
    public BlacklistEntry addFromDecision(String creditCode, String enterpriseName, String reason, String sourceCase,
            String decisionNumber, LocalDate listedOn, String actor) {
        String code = Fields.required("creditCode", "统一社会信用代码", FieldType.creditCode(), creditCode);
        String name = Fields.required("enterpriseName", "企业名称", FieldType.text(200), enterpriseName);
        String grounds = Fields.required("reason", "列入事由", FieldType.text(2000), reason);
        String source = Fields.required("sourceCase", "来源案件", FieldType.text(40), sourceCase);
        String decision = Fields.required("decisionNumber", "决定文号", FieldType.text(100), decisionNumber);
        return insert(code, name, grounds, source, decision, listedOn, actor);
    }

    private BlacklistEntry insert(String code, String name, String grounds, String source, String decision, LocalDate listed,
            String actor) {
        boolean alreadyListed = entries(code).stream().anyMatch(entry -> entry.inForceOn(listed));
        if (alreadyListed) {
            throw Refusal.conflict("该企业在 " + listed + " 已在严重失信主体名单中");
        }
        String id = UUID.randomUUID().toString();
        database.jdbc().update("insert into sf_blacklist_entry (id, credit_code, enterprise_name, reason, source_case, decision_number, listed_on, expires_on, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, code, name, grounds, source, decision, Date.valueOf(listed),
                Date.valueOf(listed.plusYears(LISTING_YEARS)), new Timestamp(ClockUtil.getCurrentTime().getTime()), actor);
        return find(id).orElseThrow();
    }

    /** 提前移出: by decision, no sooner than twelve months after listing; {@code removedOn} is YYYY-MM-DD. */
    public BlacklistEntry removeEarly(String id, String removedOn, String reason, String actor) {
        BlacklistEntry entry = find(id).orElseThrow(() -> Refusal.notFound("名单条目不存在：" + id));
        String grounds = Fields.required("reason", "移出理由", FieldType.text(2000), reason);
        LocalDate decidedOn = Fields.required("removedOn", "移出日期", FieldType.pastDate(), removedOn);
        if (entry.removedOn() != null || !decidedOn.isBefore(entry.expiresOn())) {
            throw Refusal.conflict("该条目已移出或已到期（" + entry.expiresOn() + "），无需移出");
        }
        LocalDate earliest = entry.listedOn().plusMonths(MONTHS_BEFORE_EARLY_REMOVAL);
        if (decidedOn.isBefore(earliest)) {
            throw Refusal.invalid("removedOn", "列入名单满 12 个月后方可提前移出（最早 " + earliest + "）");
        }
        database.jdbc().update("update sf_blacklist_entry set removed_on = ?, removal_reason = ?, removed_by = ? where id = ?",
                Date.valueOf(decidedOn), grounds, actor, id);
        return find(id).orElseThrow();
    }

    private static BlacklistEntry map(ResultSet rs, int row) throws SQLException {
        return new BlacklistEntry(rs.getString("id"), rs.getString("credit_code"), rs.getString("enterprise_name"),
                rs.getString("reason"), rs.getString("source_case"), rs.getString("decision_number"),
                rs.getDate("listed_on").toLocalDate(), rs.getDate("expires_on").toLocalDate(),
                rs.getDate("removed_on") == null ? null : rs.getDate("removed_on").toLocalDate(),
                rs.getString("removal_reason"), rs.getString("removed_by"), Database.shanghai(rs.getTimestamp("created_at")),
                rs.getString("created_by"));
    }
}
