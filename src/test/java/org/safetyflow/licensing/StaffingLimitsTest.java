package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safetyflow.licensing.StaffingLimits.LineKind;
import org.safetyflow.licensing.StaffingLimits.StaffingRow;

/** The CIVIL_EXPLOSIVES_STAFFING gate: each line and workshop at its 定员 and one over. */
class StaffingLimitsTest {

    private static final StaffingLimits LIMITS = new StaffingLimits(Map.of(
            "POWDER_EXPLOSIVE", new LineKind("粉状工业炸药生产线", 15, null, "工信部安〔2010〕227号"),
            "NEW_DETONATOR_ASSEMBLY", new LineKind("新建工业雷管装配生产线", 3, 6, "三年行动")));
    private static final String MB = "CIVIL_EXPLOSIVES_PRODUCTION";

    @Test
    void shouldPassALineAtItsLimitAndFailOneOperatorOverNamingTheWorkshop() {
        assertThat(LIMITS.check(MB, List.of(new StaffingRow("POWDER_EXPLOSIVE", "2号工房", 15)), "XK-1").passed()).isTrue();
        LicensingGates.GateResult over = LIMITS.check(MB, List.of(new StaffingRow("POWDER_EXPLOSIVE", "2号工房", 16)), "XK-1");
        assertThat(over.passed()).isFalse();
        assertThat(over.gate()).isEqualTo("CIVIL_EXPLOSIVES_STAFFING");
        assertThat(over.reason()).isEqualTo("2号工房（粉状工业炸药生产线）现场操作人员 16 人，超过定员 15 人（工信部安〔2010〕227号）。"
                + "超过定员人数组织生产属重大事故隐患，不予许可");
    }

    @Test
    void shouldAddTheLinesOfOneAssemblyWorkshopAgainstItsOwnLimit() {
        List<StaffingRow> six = List.of(new StaffingRow("NEW_DETONATOR_ASSEMBLY", "3号装配工房", 3), new StaffingRow("NEW_DETONATOR_ASSEMBLY", "3号装配工房", 3));
        assertThat(LIMITS.check(MB, six, null).passed()).isTrue();
        List<StaffingRow> seven = List.of(new StaffingRow("NEW_DETONATOR_ASSEMBLY", "3号装配工房", 3), new StaffingRow("NEW_DETONATOR_ASSEMBLY", "3号装配工房", 3),
                new StaffingRow("NEW_DETONATOR_ASSEMBLY", "3号装配工房", 1));
        assertThat(LIMITS.check(MB, seven, null).reason()).startsWith("3号装配工房（新建工业雷管装配生产线）单个工房现场操作人员合计 7 人，超过定员 6 人");
        assertThat(LIMITS.check(MB, List.of(new StaffingRow("NEW_DETONATOR_ASSEMBLY", "3号装配工房", 4)), null).reason())
                .startsWith("3号装配工房（新建工业雷管装配生产线）现场操作人员 4 人，超过定员 3 人");
    }

    @Test
    void shouldNotApplyToOtherTypesAndFailACivilExplosivesApplicationWithoutItsTable() {
        LicensingGates.GateResult other = LIMITS.check("CONSTRUCTION", List.of(), null);
        assertThat(other.passed()).isTrue();
        assertThat(other.reason()).isEqualTo("民用爆炸物品生产企业现场操作人员定员：不适用（非民爆生产许可）");
        assertThat(LIMITS.check(MB, List.of(), "XK-2").reason()).startsWith("未申报各工房（生产线）现场操作人员定员");
    }

    @Test
    void shouldRefuseAConfiguredKindWithoutItsSourceOrLimit() {
        assertThatThrownBy(() -> new StaffingLimits(Map.of("X", new LineKind("某线", 3, null, null))))
                .hasMessageContaining("safetyflow.licensing.staffing.X");
        assertThatThrownBy(() -> new StaffingLimits(Map.of("X", new LineKind("某线", 3, 2, "来源")))).hasMessageContaining("per-workshop");
    }
}
