package org.safetyflow.licensing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.casefile.CaseNumbers;
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
    private final CaseNumbers caseNumbers;

    LicenceRegister(Database database, JurisdictionDirectory jurisdictions, CaseNumbers caseNumbers) {
        this.database = database;
        this.jurisdictions = jurisdictions;
        this.caseNumbers = caseNumbers;
    }

    /** At most this many licences in one import (a bureau's register is imported in parts). */
    static final int MAX_IMPORT = 5000;

    /** A licence issued before SafetyFlow, as an administrator enters it: every value checked, nothing stored on a refusal. */
    @Transactional
    public Licence register(Map<String, Object> request, String actor) {
        Entry entry = entry(request);
        if (find(entry.number()).isPresent()) {
            throw Refusal.conflict("许可证编号已登记：" + entry.number());
        }
        try {
            insert(entry, actor);
        } catch (DuplicateKeyException duplicate) {
            throw Refusal.conflict("许可证编号已登记：" + entry.number());
        }
        return find(entry.number()).orElseThrow();
    }

    /**
     * The migration import: many licences issued before SafetyFlow at once, all or none. Every row is
     * checked first and every fault answered at once, each with its {@code position} (e.g. 「第 3 行」),
     * so that the administrator corrects the file in one go; a number given twice or already registered is
     * such a fault.
     */
    @Transactional
    public List<Licence> importAll(List<Map<String, Object>> rows, IntFunction<String> position, String actor) {
        if (rows.isEmpty()) {
            throw Refusal.invalid("导入内容中没有许可证记录");
        }
        if (rows.size() > MAX_IMPORT) {
            throw Refusal.invalid("一次最多导入 " + MAX_IMPORT + " 条许可证记录（本次 " + rows.size() + " 条），请分批导入");
        }
        List<String> faults = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                faults.add(position.apply(i) + "：不是许可证信息");
                continue;
            }
            try {
                Entry entry = entry(rows.get(i));
                Integer earlier = seen.putIfAbsent(entry.number(), i);
                if (earlier != null) {
                    faults.add(position.apply(i) + "：许可证编号与" + position.apply(earlier) + "重复（" + entry.number() + "）");
                } else if (find(entry.number()).isPresent()) {
                    faults.add(position.apply(i) + "：许可证编号已登记（" + entry.number() + "）");
                } else {
                    entries.add(entry);
                }
            } catch (Refusal refusal) {
                faults.add(position.apply(i) + "：" + refusal.getMessage() + ("licenceType".equals(refusal.field())
                        ? "，或其中文名称：" + String.join("、", LicenceTypes.NAMES.values()) : ""));
            }
        }
        if (!faults.isEmpty()) {
            throw Refusal.invalid("未导入任何许可证：" + faults.size() + " 处有误，请改正后重新导入整个文件。\n" + String.join("\n", faults));
        }
        List<Licence> imported = new ArrayList<>();
        for (Entry entry : entries) {
            insert(entry, actor);
            imported.add(find(entry.number()).orElseThrow());
        }
        return imported;
    }

    private Entry entry(Map<String, Object> request) {
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
        return new Entry(number, type, creditCode, name, jurisdiction, from, until);
    }

    private void insert(Entry entry, String actor) {
        database.jdbc().update("insert into sf_licence (licence_number, licence_type, credit_code, enterprise_name, jurisdiction,"
                + " valid_from, valid_until, status, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, 'VALID', ?, ?)",
                entry.number(), entry.type(), entry.creditCode(), entry.name(), entry.jurisdiction(), Date.valueOf(entry.from()),
                Date.valueOf(entry.until()), now(), actor);
        record(entry.number(), "VALID", entry.from(), "登记已核发的许可证（系统上线前核发）", null, actor);
    }

    /** A licence issued before SafetyFlow, as checked. */
    private record Entry(String number, String type, String creditCode, String name, String jurisdiction, LocalDate from,
            LocalDate until) {
    }

    /**
     * Issues the licence a licensing case granted: valid from today for {@code validity} (三年, 条例第九条),
     * numbered per type and year in the provincial pattern, e.g. 「（鲁）WH安许证字〔2026〕000001号」.
     * The serial comes from a counter per province, type and year (the case numbers' row lock: two grants at
     * once queue for it, a grant that fails gives its number back); a number already registered by an
     * administrator (issued before SafetyFlow) is skipped.
     */
    public Licence issue(String type, String creditCode, String enterpriseName, String jurisdiction, LocalDate from,
            LocalDate until, String caseNumber, String actor) {
        String prefix = "（" + PROVINCES.getOrDefault(jurisdiction.substring(0, 2), "") + "）" + ABBREVIATIONS.get(type)
                + "安许证字〔" + from.getYear() + "〕";
        String province = jurisdiction.substring(0, 2) + "0000";
        String number;
        do {
            number = prefix + String.format("%06d", caseNumbers.nextValue("LIC" + ABBREVIATIONS.get(type), province, from.getYear())) + "号";
        } while (find(number).isPresent());
        database.jdbc().update("insert into sf_licence (licence_number, licence_type, credit_code, enterprise_name, jurisdiction,"
                + " valid_from, valid_until, status, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, 'VALID', ?, ?)",
                number, type, creditCode, enterpriseName, jurisdiction, Date.valueOf(from), Date.valueOf(until), now(), actor);
        record(number, "VALID", from, "准予行政许可，核发许可证", caseNumber, actor);
        return find(number).orElseThrow();
    }

    /** A 延续 granted: the licence's validity runs on to {@code until}, recorded with the case. */
    public Licence renew(String number, LocalDate until, String caseNumber, String actor) {
        return renew(number, until, caseNumber, actor, "准予延续，有效期至 " + until);
    }

    /** As {@link #renew(String, LocalDate, String, String)}, with the reason the history gives (e.g. 视为准予延续). */
    public Licence renew(String number, LocalDate until, String caseNumber, String actor, String reason) {
        database.jdbc().update("update sf_licence set valid_until = ?, status = 'VALID' where licence_number = ?", Date.valueOf(until), number);
        record(number, "VALID", CalendarDays.dayOf(ClockUtil.getCurrentTime()), reason, caseNumber, actor);
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

    // ---- 暂扣、吊销 and 发还 (安全生产许可证条例第十四条; 生产安全事故报告和调查处理条例第四十条), decided in licence-sanction
    // cases: each a status change with its day, reason, case and actor in the history.

    /** 暂扣 from {@code from} to {@code until} (both included); only a licence in force today may be suspended. */
    public Licence suspend(String number, LocalDate from, LocalDate until, String reason, String caseNumber, String actor) {
        changeLicenceInForce(number, "SUSPENDED");
        record(number, "SUSPENDED", from, "暂扣至 " + until + "：" + reason, caseNumber, actor);
        return find(number).orElseThrow();
    }

    /** 吊销; only a licence in force today may be revoked. */
    public Licence revoke(String number, LocalDate on, String reason, String caseNumber, String actor) {
        changeLicenceInForce(number, "REVOKED");
        record(number, "REVOKED", on, "吊销：" + reason, caseNumber, actor);
        return find(number).orElseThrow();
    }

    /** The 暂扣 is over: VALID again (read EXPIRED if its validity ran out meanwhile); a licence revoked meanwhile stays revoked. */
    public Licence reinstate(String number, LocalDate on, String reason, String caseNumber, String actor) {
        if (database.jdbc().update("update sf_licence set status = 'VALID' where licence_number = ? and status = 'SUSPENDED'", number) == 1) {
            record(number, "VALID", on, reason, caseNumber, actor);
        }
        return find(number).orElseThrow();
    }

    /** VALID → SUSPENDED or REVOKED; SUSPENDED → REVOKED (a licence revoked during its 暂扣); nothing else. */
    private void changeLicenceInForce(String number, String status) {
        Licence licence = find(number).orElseThrow(() -> Refusal.invalid("licenceNumber", "许可证登记簿中没有编号为「" + number + "」的许可证"));
        boolean allowed = "VALID".equals(licence.status()) || "REVOKED".equals(status) && "SUSPENDED".equals(licence.status());
        if (!allowed || database.jdbc().update("update sf_licence set status = ? where licence_number = ? and status = ?", status, number,
                licence.status()) != 1) {
            throw Refusal.conflict("许可证「" + number + "」当前状态为「" + licence.statusName() + "」，不能暂扣或吊销");
        }
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
