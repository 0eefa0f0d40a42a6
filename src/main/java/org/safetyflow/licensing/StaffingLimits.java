package org.safetyflow.licensing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The 定员 of 民用爆炸物品 production lines: how many on-site operators a line of each kind, and where set one
 * workshop, may have (工信部安〔2010〕227号; a province's plan, e.g. seed 002's ≤3/≤6 for new lines), from
 * {@code safetyflow.licensing.staffing} in application.yaml, where a bureau changes them. Producing with more
 * than the 定员 is a 重大事故隐患 (民用爆炸物品行业重大事故隐患判定标准: 超过定员人数组织生产经营).
 */
@Component
class StaffingLimits {

    static final String PREFIX = "safetyflow.licensing.staffing";
    static final String GATE = "CIVIL_EXPLOSIVES_STAFFING";

    /** One kind of line: its Chinese name, the most operators per line and (where set) per workshop, and the source. */
    public record LineKind(String name, Integer perLine, Integer perWorkshop, String source) {
    }

    private final Map<String, LineKind> kinds;

    @Autowired
    StaffingLimits(Environment environment) {
        this(Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, LineKind.class)).orElse(Map.of()));
    }

    StaffingLimits(Map<String, LineKind> kinds) {
        kinds.forEach((code, kind) -> {
            if (kind.name() == null || kind.perLine() == null || kind.perLine() < 1 || kind.source() == null
                    || kind.perWorkshop() != null && kind.perWorkshop() < kind.perLine()) {
                throw new IllegalStateException(PREFIX + "." + code + ": needs name, per-line (≥ 1), source, and a per-workshop"
                        + " limit, where set, of at least per-line");
            }
        });
        this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    public Map<String, LineKind> kinds() {
        return kinds;
    }

    public boolean isKnown(String lineKind) {
        return kinds.containsKey(lineKind);
    }

    /**
     * The {@code CIVIL_EXPLOSIVES_STAFFING} gate: passes when no line has more operators than its kind's 定员 and no
     * workshop more than its kind's per-workshop 定员; does not apply to other licence types.
     */
    LicensingGates.GateResult check(String licenceType, List<StaffingRow> rows, String caseNumber) {
        String gate = GATE;
        if (!"CIVIL_EXPLOSIVES_PRODUCTION".equals(licenceType)) {
            return LicensingGates.GateResult.passed(gate, "民用爆炸物品生产企业现场操作人员定员：不适用（非民爆生产许可）", null);
        }
        if (rows.isEmpty()) {
            return LicensingGates.GateResult.failed(gate, "未申报各工房（生产线）现场操作人员定员，无法核对是否超过定员人数组织生产", caseNumber);
        }
        List<String> breaches = new ArrayList<>();
        Map<String, Integer> perWorkshop = new LinkedHashMap<>();
        for (StaffingRow row : rows) {
            LineKind kind = kinds.get(row.lineKind());
            if (row.operators() > kind.perLine()) {
                breaches.add(row.workshop() + "（" + kind.name() + "）现场操作人员 " + row.operators() + " 人，超过定员 " + kind.perLine()
                        + " 人（" + kind.source() + "）");
            }
            if (kind.perWorkshop() != null) {
                perWorkshop.merge(row.lineKind() + "\u0000" + row.workshop(), row.operators(), Integer::sum);
            }
        }
        perWorkshop.forEach((key, operators) -> {
            String[] parts = key.split("\u0000", 2);
            LineKind kind = kinds.get(parts[0]);
            if (operators > kind.perWorkshop()) {
                breaches.add(parts[1] + "（" + kind.name() + "）单个工房现场操作人员合计 " + operators + " 人，超过定员 "
                        + kind.perWorkshop() + " 人（" + kind.source() + "）");
            }
        });
        if (!breaches.isEmpty()) {
            return LicensingGates.GateResult.failed(gate, String.join("；", breaches) + "。超过定员人数组织生产属重大事故隐患，不予许可",
                    caseNumber);
        }
        return LicensingGates.GateResult.passed(gate, "各工房（生产线）现场操作人员均未超过定员（" + rows.size() + " 条申报）", caseNumber);
    }

    /** One line of the application's 定员表: its kind, the workshop and the on-site operators. */
    public record StaffingRow(String lineKind, String workshop, int operators) {
    }
}
