package org.safetyflow.enforcement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.registry.Department;
import org.safetyflow.registry.Enterprise;
import org.safetyflow.registry.Enterprises;
import org.safetyflow.registry.InspectorRoster;
import org.safetyflow.registry.Jurisdiction;
import org.safetyflow.registry.JurisdictionDirectory;
import org.safetyflow.rules.Refusal;
import org.safetyflow.storage.Database;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws a joint-enforcement case's sample ({@link EnforcementDraw}) from the enterprise register and the 执法人员
 * roster as they are now, and keeps the draw with the snapshots it was drawn from. Called at the start of the
 * case, inside the engine's transaction: the case and its draw are stored together or not at all, and a draw
 * refused (400 in Chinese) stores nothing. A case is drawn once; its record never changes.
 */
@Component("enforcementDraws")
public class EnforcementDraws {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom SEEDS = new SecureRandom();

    private final Database database;
    private final Enterprises enterprises;
    private final InspectorRoster roster;
    private final JurisdictionDirectory jurisdictions;
    private final IdentityService identity;

    EnforcementDraws(Database database, Enterprises enterprises, InspectorRoster roster, JurisdictionDirectory jurisdictions,
            IdentityService identity) {
        this.database = database;
        this.enterprises = enterprises;
        this.roster = roster;
        this.jurisdictions = jurisdictions;
        this.identity = identity;
    }

    /**
     * Draws for the case and records the draw.
     *
     * @param industry the register's industry to draw from, or null for every enterprise
     * @param departments §11 codes, the lead department first
     * @param seed the seed to draw with, or null for a fresh one (recorded either way)
     */
    @Transactional
    public RecordedDraw draw(String caseNumber, String jurisdiction, String industry, List<String> departments, int sampleSize,
            Long seed) {
        String number = Fields.required("caseNumber", "案件编号", FieldType.text(40), caseNumber);
        String division = Fields.required("jurisdiction", "管辖区划", FieldType.divisionCode(jurisdictions::isKnown), jurisdiction);
        String sector = Fields.optional("industry", "行业类别", FieldType.text(100), industry);
        List<Department> units = departments(departments);
        if (find(number).isPresent()) {
            throw Refusal.conflict("案件 " + number + " 已经抽取过，抽查结果不能重新抽取");
        }
        long drawSeed = seed != null ? seed : SEEDS.nextLong() & Long.MAX_VALUE;
        List<String> pool = enterprises.creditCodes(division, sector);
        Set<String> inPool = new HashSet<>(pool);
        List<EnforcementDraw.Roster> rosters = units.stream().map(unit -> rosterOf(unit, division, inPool)).toList();
        EnforcementDraw.Outcome outcome = EnforcementDraw.draw(drawSeed, pool, sampleSize, rosters,
                code -> enterprises.find(code).map(Enterprise::name).orElse(code));
        if (outcome.refused()) {
            throw Refusal.invalid(outcome.refusalField(), outcome.refusal() + "（" + scope(division, sector) + "）");
        }
        record(number, division, sector, units, sampleSize, drawSeed, pool, rosters, outcome);
        return find(number).orElseThrow();
    }

    public Optional<RecordedDraw> find(String caseNumber) {
        return database.jdbc().query("select * from sf_enforcement_draw where case_number = ?", this::header, caseNumber)
                .stream().findFirst().map(this::withResult);
    }

    /** The department's inspectors a draw of the jurisdiction may send, each with its conflicts in the pool. */
    private EnforcementDraw.Roster rosterOf(Department unit, String jurisdiction, Set<String> pool) {
        List<EnforcementDraw.Member> members = roster.workingFor(unit, jurisdiction).stream()
                .map(inspector -> new EnforcementDraw.Member(inspector.userId(),
                        inspector.conflicts().stream().filter(pool::contains).sorted(EnforcementDraw.CODE_POINT_ORDER).toList()))
                .sorted((a, b) -> EnforcementDraw.CODE_POINT_ORDER.compare(a.userId(), b.userId())).toList();
        return new EnforcementDraw.Roster(unit.name(), unit.displayName(), members);
    }

    private static List<Department> departments(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw Refusal.invalid("departments", "缺少必填项「参与部门」（departments）");
        }
        List<Department> units = new ArrayList<>();
        for (String code : codes) {
            Department unit = Department.ofCode(code == null ? null : code.strip()).orElseThrow(() -> Refusal.invalid("departments",
                    "「参与部门」（departments）中有未知的部门：" + code + "（应为以下之一：" + Department.choices() + "）"));
            if (units.contains(unit)) {
                throw Refusal.invalid("departments", "「参与部门」（departments）中 " + code + " 出现了两次");
            }
            units.add(unit);
        }
        return units;
    }

    private String scope(String jurisdiction, String industry) {
        String name = jurisdictions.find(jurisdiction).map(Jurisdiction::fullName).orElse(jurisdiction);
        return "抽查对象名录库：" + name + "及其下级区划登记的" + (industry == null ? "" : "行业为「" + industry + "」的") + "企业";
    }

    private void record(String caseNumber, String jurisdiction, String industry, List<Department> units, int sampleSize, long seed,
            List<String> pool, List<EnforcementDraw.Roster> rosters, EnforcementDraw.Outcome outcome) {
        Authentication authentication = identity.getCurrentAuthentication();
        String actor = authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
        database.jdbc().update("insert into sf_enforcement_draw (case_number, algorithm, jurisdiction, industry, departments, sample_size, seed,"
                + " inspectors_per_department, pool, roster, drawn_at, drawn_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                caseNumber, EnforcementDraw.ALGORITHM, jurisdiction, industry, json(units.stream().map(Department::name).toList()),
                sampleSize, seed, EnforcementDraw.INSPECTORS_PER_DEPARTMENT, json(pool.stream().sorted(EnforcementDraw.CODE_POINT_ORDER).toList()),
                json(rosters), Database.now(), actor);
        Map<String, String> departmentOf = new LinkedHashMap<>();
        rosters.forEach(r -> r.inspectors().forEach(m -> departmentOf.put(m.userId(), r.department())));
        for (int i = 0; i < outcome.sampledEnterprises().size(); i++) {
            database.jdbc().update("insert into sf_enforcement_draw_sample (case_number, position, credit_code) values (?, ?, ?)",
                    caseNumber, i + 1, outcome.sampledEnterprises().get(i));
        }
        for (EnforcementDraw.Assignment assignment : outcome.inspectorAssignments()) {
            for (int i = 0; i < assignment.inspectors().size(); i++) {
                String user = assignment.inspectors().get(i);
                database.jdbc().update("insert into sf_enforcement_draw_inspector (case_number, credit_code, position, user_id, department)"
                        + " values (?, ?, ?, ?, ?)", caseNumber, assignment.enterpriseCreditCode(), i + 1, user, departmentOf.get(user));
            }
        }
    }

    private RecordedDraw header(ResultSet rs, int row) throws SQLException {
        return new RecordedDraw(rs.getString("case_number"), rs.getString("algorithm"), rs.getString("jurisdiction"),
                rs.getString("industry"), read(rs.getString("departments"), new TypeReference<List<String>>() { }),
                rs.getInt("sample_size"), rs.getLong("seed"), rs.getInt("inspectors_per_department"),
                read(rs.getString("pool"), new TypeReference<List<String>>() { }),
                read(rs.getString("roster"), new TypeReference<List<EnforcementDraw.Roster>>() { }), List.of(), List.of(),
                Database.shanghai(rs.getTimestamp("drawn_at")), rs.getString("drawn_by"));
    }

    private RecordedDraw withResult(RecordedDraw draw) {
        List<String> sampled = database.jdbc().queryForList("select credit_code from sf_enforcement_draw_sample where case_number = ?"
                + " order by position", String.class, draw.caseNumber());
        Map<String, List<String>> teams = new LinkedHashMap<>();
        sampled.forEach(code -> teams.put(code, new ArrayList<>()));
        database.jdbc().query("select credit_code, user_id from sf_enforcement_draw_inspector where case_number = ? order by credit_code, position",
                rs -> {
                    teams.get(rs.getString(1)).add(rs.getString(2));
                }, draw.caseNumber());
        List<EnforcementDraw.Assignment> assignments = teams.entrySet().stream()
                .map(team -> new EnforcementDraw.Assignment(team.getKey(), List.copyOf(team.getValue()))).toList();
        return new RecordedDraw(draw.caseNumber(), draw.algorithm(), draw.jurisdiction(), draw.industry(), draw.departments(),
                draw.sampleSize(), draw.seed(), draw.inspectorsPerDepartment(), draw.pool(), draw.roster(), sampled, assignments,
                draw.drawnAt(), draw.drawnBy());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a recorded draw does not read back: " + e.getMessage(), e);
        }
    }
}
