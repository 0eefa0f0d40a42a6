package org.safetyflow.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;

/**
 * The enterprise register. A process that names an enterprise for the first time creates its entry
 * (name and jurisdiction as the case gave them); administrators complete and correct entries.
 */
@Component
public class Enterprises {

    private final Database database;
    private final JurisdictionDirectory jurisdictions;

    Enterprises(Database database, JurisdictionDirectory jurisdictions) {
        this.database = database;
        this.jurisdictions = jurisdictions;
    }

    public Optional<Enterprise> find(String creditCode) {
        return database.jdbc().query("select * from sf_enterprise where credit_code = ?", Enterprises::map, creditCode)
                .stream().findFirst();
    }

    /**
     * Creates the entry if the enterprise is new; an existing entry is left as it is (the register,
     * not the case, is the reference for names). Runs in the caller's transaction.
     *
     * @return whether the enterprise was new
     */
    public boolean recordFirstUse(String creditCode, String name, String jurisdiction, String caseNumber, String actor) {
        return database.insertIfAbsent("insert into sf_enterprise (credit_code, name, jurisdiction, first_case, created_at, created_by) values (?, ?, ?, ?, ?, ?)",
                creditCode, name, jurisdiction, caseNumber, Database.now(), actor == null ? JurisdictionDirectory.SYSTEM : actor);
    }

    /** Enterprises of a jurisdiction (and those under it), or whose name contains the text; at most {@code limit}. */
    public List<Enterprise> search(String jurisdiction, String nameContains, int limit) {
        StringBuilder sql = new StringBuilder("select * from sf_enterprise where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (jurisdiction != null) {
            List<String> codes = List.copyOf(jurisdictions.withDescendants(jurisdiction));
            sql.append(" and jurisdiction in (").append(String.join(", ", codes.stream().map(c -> "?").toList())).append(")");
            args.addAll(codes);
        }
        if (nameContains != null && !nameContains.isBlank()) {
            sql.append(" and name like ?");
            args.add("%" + nameContains.strip().replace("%", "").replace("_", "") + "%");
        }
        sql.append(" order by credit_code limit ?");
        args.add(limit);
        return database.jdbc().query(sql.toString(), Enterprises::map, args.toArray());
    }

    /**
     * The credit codes of every enterprise registered in the jurisdiction and those under it (of the industry, when
     * given: the register's {@code industry} as written), ordered by credit code: a 双随机 draw's pool.
     */
    public List<String> creditCodes(String jurisdiction, String industry) {
        List<String> codes = List.copyOf(jurisdictions.withDescendants(jurisdiction));
        List<Object> args = new ArrayList<>(codes);
        String sql = "select credit_code from sf_enterprise where jurisdiction in ("
                + String.join(", ", codes.stream().map(c -> "?").toList()) + ")";
        if (industry != null) {
            sql += " and industry = ?";
            args.add(industry);
        }
        return database.jdbc().queryForList(sql + " order by credit_code", String.class, args.toArray());
    }

    /** Creates or corrects an entry (administrators), the values as sent: checked here. */
    public Enterprise save(String creditCode, String name, String jurisdiction, String industry,
            String supervisingDepartment, String actor) {
        String code = Fields.required("creditCode", "统一社会信用代码", FieldType.creditCode(), creditCode);
        String enterpriseName = Fields.required("name", "企业名称", FieldType.text(200), name);
        String division = Fields.required("jurisdiction", "管辖区划", FieldType.divisionCode(jurisdictions::isKnown), jurisdiction);
        String sector = Fields.optional("industry", "行业类别", FieldType.text(100), industry);
        String department = Fields.optional("supervisingDepartment", "监管部门", FieldType.text(100), supervisingDepartment);
        Timestamp now = Database.now();
        int updated = database.jdbc().update("update sf_enterprise set name = ?, jurisdiction = ?, industry = ?, supervising_department = ?, updated_at = ?, updated_by = ? where credit_code = ?",
                enterpriseName, division, sector, department, now, actor, code);
        if (updated == 0) {
            database.jdbc().update("insert into sf_enterprise (credit_code, name, jurisdiction, industry, supervising_department, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?)",
                    code, enterpriseName, division, sector, department, now, actor);
        }
        return find(code).orElseThrow();
    }

    private static Enterprise map(ResultSet rs, int row) throws SQLException {
        return new Enterprise(rs.getString("credit_code"), rs.getString("name"), rs.getString("jurisdiction"),
                rs.getString("industry"), rs.getString("supervising_department"), rs.getString("first_case"),
                Database.shanghai(rs.getTimestamp("created_at")), rs.getString("created_by"), Database.shanghai(rs.getTimestamp("updated_at")),
                rs.getString("updated_by"));
    }

}
