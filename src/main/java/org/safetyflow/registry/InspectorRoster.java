package org.safetyflow.registry;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.rules.Refusal;
import org.safetyflow.security.UserNames;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 执法人员 roster (执法检查人员名录库, 国办发〔2015〕20号), one department per inspector. An inspector works for
 * the jurisdictions of its user, as every official does: it is drawn for a plan of a jurisdiction it or an
 * enclosing jurisdiction's bureau belongs to ({@link JurisdictionStaff}) — a roster per bureau without a second
 * list of jurisdictions to keep in step with the users'.
 */
@Component
public class InspectorRoster {

    private final Database database;
    private final IdentityService identity;
    private final JurisdictionStaff staff;

    InspectorRoster(Database database, IdentityService identity, JurisdictionStaff staff) {
        this.database = database;
        this.identity = identity;
        this.staff = staff;
    }

    /** Puts the user on the roster or corrects its entry; its conflicts become exactly those given. */
    @Transactional
    public Inspector save(String userId, Object department, Object certificateNumber, Object conflicts, String actor) {
        String user = existingOfficial(userId);
        Department unit = department(department);
        String certificate = Fields.required("certificateNumber", "执法证号", FieldType.text(50), certificateNumber);
        Set<String> declared = creditCodes(conflicts);
        String holder = database.jdbc().query("select user_id from sf_inspector where certificate_number = ? and user_id <> ?",
                (rs, row) -> rs.getString(1), certificate, user).stream().findFirst().orElse(null);
        if (holder != null) {
            throw Refusal.conflict("执法证号 " + certificate + " 已登记给执法人员 " + holder);
        }
        Timestamp now = Database.now();
        if (database.jdbc().update("update sf_inspector set department = ?, certificate_number = ?, updated_at = ?, updated_by = ? where user_id = ?",
                unit.name(), certificate, now, actor, user) == 0) {
            database.jdbc().update("insert into sf_inspector (user_id, department, certificate_number, updated_at, updated_by) values (?, ?, ?, ?, ?)",
                    user, unit.name(), certificate, now, actor);
        }
        database.jdbc().update("delete from sf_inspector_conflict where user_id = ?", user);
        for (String creditCode : declared) {
            database.jdbc().update("insert into sf_inspector_conflict (user_id, credit_code) values (?, ?)", user, creditCode);
        }
        return find(user).orElseThrow();
    }

    /** Takes the user off the roster (draws already made keep it in their snapshot); whether it was on it. */
    @Transactional
    public boolean remove(String userId) {
        database.jdbc().update("delete from sf_inspector_conflict where user_id = ?", userId);
        return database.jdbc().update("delete from sf_inspector where user_id = ?", userId) > 0;
    }

    public Optional<Inspector> find(String userId) {
        return query("where user_id = ?", userId).stream().findFirst();
    }

    /** The roster, or one department's, ordered by department and user id. */
    public List<Inspector> list(Department department) {
        return department == null ? query("") : query("where department = ?", department.name());
    }

    /**
     * The department's inspectors who work for the jurisdiction (members of it or of a jurisdiction that
     * encloses it), ordered by user id: whom a draw of that jurisdiction may send.
     */
    public List<Inspector> workingFor(Department department, String jurisdiction) {
        Set<String> users = staff.of(jurisdiction);
        return list(department).stream().filter(inspector -> users.contains(inspector.userId())).toList();
    }

    /** Reads a department code as a request sends it: 400 naming every code otherwise. */
    public static Department department(Object raw) {
        String code = Fields.required("department", "所属部门", FieldType.text(40), raw);
        return Department.ofCode(code).orElseThrow(() -> Refusal.invalid("department",
                "未知的部门：" + code + "（应为以下之一：" + Department.choices() + "）"));
    }

    private String existingOfficial(String userId) {
        String user = Fields.required("userId", "用户", FieldType.text(64), userId);
        if (identity.createUserQuery().userId(user).count() == 0) {
            throw Refusal.invalid("userId", "用户不存在：" + user);
        }
        boolean actsForAnEnterprise = identity.createGroupQuery().groupMember(user).list().stream()
                .anyMatch(group -> group.getId().startsWith(EnterpriseGroups.PREFIX));
        if (actsForAnEnterprise) {
            throw Refusal.invalid("userId", "用户 " + user + " 是企业用户，不能登记为执法人员");
        }
        if (jurisdictionsOf(user).isEmpty()) {
            throw Refusal.invalid("userId", "用户 " + user + " 不属于任何管辖区划，请先在系统管理中将其加入所在机关的管辖区划（租户）");
        }
        return user;
    }

    private static Set<String> creditCodes(Object raw) {
        if (raw == null) {
            return Set.of();
        }
        if (!(raw instanceof List<?> items)) {
            throw Refusal.invalid("conflicts", "「回避企业」（conflicts）应为统一社会信用代码的列表");
        }
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            codes.add(Fields.required("conflicts", "回避企业第 " + (i + 1) + " 项", FieldType.creditCode(), items.get(i)));
        }
        return codes;
    }

    private List<String> jurisdictionsOf(String user) {
        return identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).sorted().toList();
    }

    private List<Inspector> query(String where, Object... args) {
        List<Row> rows = database.jdbc().query("select * from sf_inspector " + where + " order by department, user_id",
                (rs, row) -> new Row(rs.getString("user_id"), Department.valueOf(rs.getString("department")),
                        rs.getString("certificate_number"), rs.getTimestamp("updated_at"), rs.getString("updated_by")), args);
        Map<String, List<String>> conflicts = database.jdbc().query("select user_id, credit_code from sf_inspector_conflict order by credit_code",
                (rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).stream()
                .collect(Collectors.groupingBy(pair -> pair[0], Collectors.mapping(pair -> pair[1], Collectors.toList())));
        List<Inspector> inspectors = new ArrayList<>();
        for (Row row : rows) {
            String name = UserNames.of(identity, row.userId());
            inspectors.add(new Inspector(row.userId(), name, row.department(), row.department().displayName(), row.certificateNumber(),
                    List.copyOf(conflicts.getOrDefault(row.userId(), List.of())), jurisdictionsOf(row.userId()),
                    Database.shanghai(row.updatedAt()), row.updatedBy()));
        }
        return inspectors;
    }

    private record Row(String userId, Department department, String certificateNumber, Timestamp updatedAt, String updatedBy) {
    }
}
