package org.safetyflow.licensing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.rules.Refusal;
import org.safetyflow.storage.Database;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 安全生产许可证 register (contract §9; 安全生产许可证条例第九条: valid three years). Licences come
 * from SafetyFlow's licensing cases or, issued before it, are registered by administrators.
 */
@Component("licenceRegister")
public class LicenceRegister {

    /** The short names of the licence types in a licence number (危化 WH, 非煤矿山 FM, 烟花爆竹 YH, 民爆 MB, 建筑施工 JZ). */
    static final Map<String, String> ABBREVIATIONS = Map.of("HAZARDOUS_CHEMICALS_PRODUCTION", "WH", "NON_COAL_MINE", "FM",
            "FIREWORKS_PRODUCTION", "YH", "CIVIL_EXPLOSIVES_PRODUCTION", "MB", "CONSTRUCTION", "JZ");
    /** The province's one-character name by the first two digits of the division code. */
    static final Map<String, String> PROVINCES = Map.of("37", "鲁", "11", "京", "31", "沪", "32", "苏", "33", "浙", "44", "粤");
    static final Map<String, String> STATUS_NAMES = Map.of("VALID", "有效", "SUSPENDED", "暂扣", "REVOKED", "吊销",
            "EXPIRED", "已过期", "CANCELLED", "注销");

    private final Database database;
    private final JurisdictionDirectory jurisdictions;

    LicenceRegister(Database database, JurisdictionDirectory jurisdictions) {
        this.database = database;
        this.jurisdictions = jurisdictions;
    }

    /** A licence issued before SafetyFlow, as an administrator enters it: every value checked, nothing stored on a refusal. */
    @Transactional
    public Licence register(Map<String, Object> request, String actor) {
        String number = Fields.required("licenceNumber", "许可证编号", FieldType.text(100), request.get("licenceNumber"));
        String type = Fields.required("licenceType", "许可类别", FieldType.oneOf(List.copyOf(LicenceTypes.NAMES.keySet())),
                request.get("licenceType"));
        String creditCode = Fields.required("enterpriseCreditCode", "统一社会信用代码", FieldType.creditCode(),
                request.get("enterpriseCreditCode"));
        String name = Fields.required("enterpriseName", "企业名称", FieldType.text(200), request.get("enterpriseName"));
        String jurisdiction = Fields.required("jurisdiction", "管辖区划", FieldType.divisionCode(jurisdictions::isKnown),
                request.get("jurisdiction"));
        LocalDate from = Fields.required("validFrom", "有效期起", FieldType.pastDate(), request.get("validFrom"));
        LocalDate until = Fields.required("validUntil", "有效期至", FieldType.date(), request.get("validUntil"));
        if (!until.isAfter(from)) {
            throw Refusal.invalid("validUntil", "「有效期至」（validUntil）应晚于「有效期起」（" + from + "）");
        }
        try {
            database.jdbc().update("insert into sf_licence (licence_number, licence_type, credit_code, enterprise_name, jurisdiction,"
                    + " valid_from, valid_until, status, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, 'VALID', ?, ?)",
                    number, type, creditCode, name, jurisdiction, Date.valueOf(from), Date.valueOf(until), now(), actor);
        } catch (DuplicateKeyException duplicate) {
            throw Refusal.conflict("许可证编号已登记：" + number);
        }
        record(number, "VALID", from, "登记已核发的许可证（系统上线前核发）", null, actor);
        return find(number).orElseThrow();
    }

    /**
     * Issues the licence a licensing case granted: valid from today for {@code validity} (三年, 条例第九条),
     * numbered per type and year in the provincial pattern, e.g. 「（鲁）WH安许证字〔2026〕000001号」.
     */
    public Licence issue(String type, String creditCode, String enterpriseName, String jurisdiction, LocalDate from,
            LocalDate until, String caseNumber, String actor) {
        String prefix = "（" + PROVINCES.getOrDefault(jurisdiction.substring(0, 2), "") + "）" + ABBREVIATIONS.get(type)
                + "安许证字〔" + from.getYear() + "〕";
        Integer issued = database.jdbc().queryForObject("select count(*) from sf_licence where licence_number like ?", Integer.class,
                prefix + "%");
        String number = prefix + String.format("%06d", issued + 1) + "号";
        database.jdbc().update("insert into sf_licence (licence_number, licence_type, credit_code, enterprise_name, jurisdiction,"
                + " valid_from, valid_until, status, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, 'VALID', ?, ?)",
                number, type, creditCode, enterpriseName, jurisdiction, Date.valueOf(from), Date.valueOf(until), now(), actor);
        record(number, "VALID", from, "准予行政许可，核发许可证", caseNumber, actor);
        return find(number).orElseThrow();
    }

    /** A 延续 granted: the licence's validity runs on to {@code until}, recorded with the case. */
    public Licence renew(String number, LocalDate until, String caseNumber, String actor) {
        database.jdbc().update("update sf_licence set valid_until = ?, status = 'VALID' where licence_number = ?", Date.valueOf(until), number);
        record(number, "VALID", CalendarDays.dayOf(ClockUtil.getCurrentTime()), "准予延续，有效期至 " + until, caseNumber, actor);
        return find(number).orElseThrow();
    }

    public Optional<Licence> find(String licenceNumber) {
        return database.jdbc().query("select * from sf_licence where licence_number = ?", this::map, licenceNumber).stream().findFirst();
    }

    public List<Licence> ofEnterprise(String creditCode) {
        return database.jdbc().query("select * from sf_licence where credit_code = ? order by valid_from desc, licence_number",
                this::map, creditCode);
    }

    private void record(String number, String status, LocalDate day, String reason, String caseNumber, String actor) {
        Integer last = database.jdbc().queryForObject("select max(seq) from sf_licence_event where licence_number = ?",
                Integer.class, number);
        database.jdbc().update("insert into sf_licence_event (id, licence_number, seq, status, on_day, reason, case_number, actor,"
                + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), number, last == null ? 1 : last + 1,
                status, Date.valueOf(day), reason, caseNumber, actor, now());
    }

    private Licence map(ResultSet rs, int row) throws SQLException {
        String number = rs.getString("licence_number");
        LocalDate until = rs.getDate("valid_until").toLocalDate();
        String stored = rs.getString("status");
        LocalDate today = CalendarDays.dayOf(ClockUtil.getCurrentTime());
        String status = "VALID".equals(stored) && until.isBefore(today) ? "EXPIRED" : stored;
        List<Licence.StatusChange> history = database.jdbc().query(
                "select * from sf_licence_event where licence_number = ? order by seq", (e, n) -> new Licence.StatusChange(
                        e.getString("status"), STATUS_NAMES.get(e.getString("status")), e.getDate("on_day").toLocalDate(),
                        e.getString("reason"), e.getString("case_number"), e.getString("actor")), number);
        String type = rs.getString("licence_type");
        return new Licence(number, type, LicenceTypes.NAMES.get(type), rs.getString("credit_code"), rs.getString("enterprise_name"),
                rs.getString("jurisdiction"), rs.getDate("valid_from").toLocalDate(), until, status, STATUS_NAMES.get(status), history);
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    // ---- 延续提醒 (安全生产许可证条例第九条): the licences due for a reminder and the claim of one per validity
    // (Flyway V9__licence_reminders.sql). Kept together at the end of the class.

    /**
     * Licences in force (VALID or 暂扣, not past {@code today}) whose validity ends on or before {@code horizon} and
     * that have no reminder for that validity yet.
     */
    public List<Licence> dueForReminder(LocalDate today, LocalDate horizon) {
        return database.jdbc().query("select * from sf_licence l where l.status in ('VALID', 'SUSPENDED') and l.valid_until >= ?"
                + " and l.valid_until <= ? and not exists (select 1 from sf_licence_reminder r where r.licence_number = l.licence_number"
                + " and r.valid_until = l.valid_until) order by l.valid_until, l.licence_number", this::map, Date.valueOf(today),
                Date.valueOf(horizon));
    }

    /**
     * Claims the reminder of the licence's validity: true for the one caller that inserts its row (call it in the
     * transaction that starts the reminder), false when it is claimed already.
     */
    public boolean claimReminder(String licenceNumber, LocalDate validUntil) {
        try {
            return database.jdbc().update("insert into sf_licence_reminder (licence_number, valid_until, claimed_at) values (?, ?, ?)",
                    licenceNumber, Date.valueOf(validUntil), now()) == 1;
        } catch (DuplicateKeyException claimed) {
            return false;
        }
    }

    /** The reminder case a claim started. */
    public void recordReminderCase(String licenceNumber, LocalDate validUntil, String caseNumber) {
        database.jdbc().update("update sf_licence_reminder set case_number = ? where licence_number = ? and valid_until = ?",
                caseNumber, licenceNumber, Date.valueOf(validUntil));
    }

    /** How many reminders the licence's validity has (0 or 1). */
    public int remindersOf(String licenceNumber, LocalDate validUntil) {
        return database.jdbc().queryForObject("select count(*) from sf_licence_reminder where licence_number = ? and valid_until = ?",
                Integer.class, licenceNumber, Date.valueOf(validUntil));
    }
}
