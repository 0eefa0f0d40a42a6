package org.safetyflow.enforcement;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.safetyflow.registry.Department;

/** The Chinese names of a joint-enforcement case's codes, and how its list variables read back. */
final class EnforcementLabels {

    /** The conclusions an inspection team enters (现场检查记录). */
    static final Map<String, String> FINDINGS_ENTERED = ordered("NONE", "未发现问题", "GENERAL", "一般问题，责令限期整改",
            "MAJOR_HAZARD", "重大事故隐患", "VIOLATION", "违法行为，移交立案");

    /** ... and the one the record makes of a refusal (安全生产法第六十八条、第一百零八条). */
    static final Map<String, String> FINDINGS = with(FINDINGS_ENTERED, "REFUSED", "拒绝、阻碍检查，移交立案");

    static final Map<String, String> CASE_SOURCES = Map.of("INSPECTION", "监督检查发现", "RECHECK_FAILED", "复查未整改");

    static final Map<String, String> DEPARTMENTS = Arrays.stream(Department.values())
            .collect(Collectors.toMap(Department::name, Department::displayName, (a, b) -> a, LinkedHashMap::new));

    static final List<String> RESULTS = List.of("合格", "不合格", "不适用");

    private EnforcementLabels() {
    }

    /** A list variable as stored: a Java list, a JSON value or a JSON text. */
    static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        SpinJsonNode node = value instanceof JsonValue json ? json.getValue()
                : value instanceof SpinJsonNode spin ? spin : value instanceof String text ? org.camunda.spin.Spin.JSON(text) : null;
        if (node == null || !node.isArray()) {
            return List.of();
        }
        return node.elements().stream().map(SpinJsonNode::stringValue).toList();
    }

    static String departmentNames(List<String> codes) {
        return codes.stream().map(code -> DEPARTMENTS.getOrDefault(code, code)).collect(Collectors.joining("、"));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<String, String> with(Map<String, String> names, String code, String name) {
        Map<String, String> map = new LinkedHashMap<>(names);
        map.put(code, name);
        return java.util.Collections.unmodifiableMap(map);
    }
}
