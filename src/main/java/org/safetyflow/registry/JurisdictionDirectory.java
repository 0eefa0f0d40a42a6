package org.safetyflow.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.safetyflow.input.FieldType;
import org.safetyflow.input.Fields;
import org.safetyflow.storage.Database;
import org.safetyflow.rules.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The jurisdictions SafetyFlow knows: the GB/T 2260 divisions shipped in
 * {@code registry/jurisdictions.csv}, inserted when missing at every start (an administrator's own
 * additions and the shipped rows live side by side), plus what administrators add. Held in memory:
 * every engine command asks which jurisdictions a user may see.
 */
@Component
@DependsOn("flywayInitializer")
public class JurisdictionDirectory {

    private static final Logger log = LoggerFactory.getLogger(JurisdictionDirectory.class);
    static final Pattern CODE = Pattern.compile(FieldType.DivisionCode.FORMAT);
    static final String SYSTEM = "system";

    private final Database database;
    private volatile Snapshot snapshot;

    JurisdictionDirectory(Database database) {
        this.database = database;
        int added = seed();
        reload();
        log.info("Jurisdictions: {} known ({} added from the shipped GB/T 2260 table)", snapshot.byCode.size(), added);
    }

    public Optional<Jurisdiction> find(String code) {
        return Optional.ofNullable(code == null ? null : snapshot.byCode.get(code));
    }

    /** The jurisdiction of the code, or a refusal: not found. */
    Jurisdiction existing(String code) {
        return find(code).orElseThrow(() -> Refusal.notFound("行政区划代码 " + code + " 未登记"));
    }

    public boolean isKnown(String code) {
        return code != null && snapshot.byCode.containsKey(code);
    }

    public List<Jurisdiction> all() {
        return List.copyOf(snapshot.byCode.values());
    }

    public List<Jurisdiction> children(String code) {
        return snapshot.children.getOrDefault(code, List.of()).stream().map(snapshot.byCode::get).toList();
    }

    /** The jurisdiction and everything under it: a city's users see its counties' cases. */
    public Set<String> withDescendants(String code) {
        return snapshot.withDescendants.getOrDefault(code, Set.of(code));
    }

    /**
     * Adds a division. Its level and parent follow from the code (GB/T 2260): xx0000 is a province;
     * xxxx00 a city under xx0000; any other code a county under xxxx00, or directly under xx0000
     * where that city does not exist (the districts of 北京, 上海, 天津, 重庆 and 省直辖县级行政单位).
     */
    public synchronized Jurisdiction add(String code, String name, String actor) {
        String division = Fields.required("code", "行政区划代码", FieldType.divisionCode(), code);
        String divisionName = Fields.required("name", "名称", FieldType.text(100), name);
        if (isKnown(division)) {
            throw Refusal.conflict("行政区划代码 " + division + " 已存在：" + snapshot.byCode.get(division).fullName());
        }
        String parent = parentOf(division, snapshot.byCode.keySet());
        if (Jurisdiction.Level.ofCode(division) != Jurisdiction.Level.PROVINCE && parent == null) {
            throw Refusal.invalid("code", "行政区划代码 " + division + " 的上级（" + division.substring(0, 2)
                    + "0000）尚未登记，请先添加上级区划");
        }
        database.jdbc().update("insert into sf_jurisdiction (code, name, level, parent_code, created_at, created_by) values (?, ?, ?, ?, ?, ?)",
                division, divisionName, Jurisdiction.Level.ofCode(division).name(), parent, Database.now(), actor);
        reload();
        return snapshot.byCode.get(division);
    }

    static String parentOf(String code, Set<String> known) {
        return switch (Jurisdiction.Level.ofCode(code)) {
            case PROVINCE -> null;
            case CITY -> known.contains(code.substring(0, 2) + "0000") ? code.substring(0, 2) + "0000" : null;
            case COUNTY -> {
                String city = code.substring(0, 4) + "00";
                String province = code.substring(0, 2) + "0000";
                yield known.contains(city) ? city : known.contains(province) ? province : null;
            }
        };
    }

    private int seed() {
        int added = 0;
        Timestamp now = Database.now();
        for (String[] row : shippedRows()) {
            String parent = row[2].isEmpty() ? null : row[2];
            if (database.insertIfAbsent("insert into sf_jurisdiction (code, name, level, parent_code, created_at, created_by) values (?, ?, ?, ?, ?, ?)",
                    row[0], row[1], Jurisdiction.Level.ofCode(row[0]).name(), parent, now, SYSTEM)) {
                added++;
            }
        }
        return added;
    }

    private static List<String[]> shippedRows() {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("registry/jurisdictions.csv").getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split(",", -1);
                if (row.length != 3 || !CODE.matcher(row[0]).matches()) {
                    throw new IllegalStateException("registry/jurisdictions.csv: bad line: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Parents before children, whatever the file's order.
        rows.sort((a, b) -> Integer.compare(Jurisdiction.Level.ofCode(a[0]).ordinal(), Jurisdiction.Level.ofCode(b[0]).ordinal()));
        return rows;
    }

    private void reload() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        database.jdbc().query("select code, name, parent_code from sf_jurisdiction order by code",
                rs -> {
                    rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        Map<String, Jurisdiction> byCode = new LinkedHashMap<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            String code = row.getKey();
            String parent = row.getValue()[1];
            byCode.put(code, new Jurisdiction(code, row.getValue()[0], Jurisdiction.Level.ofCode(code), parent,
                    fullName(code, rows)));
            if (parent != null) {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(code);
            }
        }
        Map<String, Set<String>> withDescendants = new LinkedHashMap<>();
        for (String code : byCode.keySet()) {
            Set<String> scope = new LinkedHashSet<>();
            collect(code, children, scope);
            withDescendants.put(code, Collections.unmodifiableSet(scope));
        }
        snapshot = new Snapshot(Collections.unmodifiableMap(byCode), children, withDescendants);
    }

    private static void collect(String code, Map<String, List<String>> children, Set<String> into) {
        if (into.add(code)) {
            for (String child : children.getOrDefault(code, List.of())) {
                collect(child, children, into);
            }
        }
    }

    private static String fullName(String code, Map<String, String[]> rows) {
        StringBuilder name = new StringBuilder();
        for (String current = code; current != null && rows.containsKey(current); current = rows.get(current)[1]) {
            name.insert(0, rows.get(current)[0]);
        }
        return name.toString();
    }


    /** Everything the engine asks on every command, computed once per change of the registry. */
    private record Snapshot(Map<String, Jurisdiction> byCode, Map<String, List<String>> children,
            Map<String, Set<String>> withDescendants) {
    }
}
