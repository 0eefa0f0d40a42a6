package org.safetyflow.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 不得因当事人陈述、申辩而给予更重的处罚 (行政处罚法第四十五条), boundaries first. */
class SanctionSeverityTest {

    @Test
    void shouldAllowTheNotifiedSuspensionOrAShorterOneButNotALongerOne() {
        assertThat(SanctionSeverity.notHeavierThanNotified(values("SUSPEND", 2, "SUSPEND", 2))).isNull();
        assertThat(SanctionSeverity.notHeavierThanNotified(values("SUSPEND", 2, "SUSPEND", 1))).isNull();
        assertThat(SanctionSeverity.notHeavierThanNotified(values("SUSPEND", 2, "SUSPEND", 3)))
                .isEqualTo("告知的暂扣期限为 2 个月，不能决定暂扣 3 个月：不得因当事人陈述、申辩而给予更重的处罚（行政处罚法第四十五条）；确需加重的，应重新提出拟处理意见并告知当事人");
    }

    @Test
    void shouldRefuseARevocationAfterASuspensionWasNotifiedButAllowAnythingLighterThanARevocation() {
        assertThat(SanctionSeverity.notHeavierThanNotified(values("SUSPEND", 6, "REVOKE", null))).startsWith("告知的拟处理意见为暂扣，不能决定吊销");
        assertThat(SanctionSeverity.notHeavierThanNotified(values("REVOKE", null, "SUSPEND", 12))).isNull();
        assertThat(SanctionSeverity.notHeavierThanNotified(values("REVOKE", null, "REVOKE", null))).isNull();
        assertThat(SanctionSeverity.notHeavierThanNotified(values("SUSPEND", 2, "NO_SANCTION", null))).isNull();
    }

    private static Map<String, Object> values(String proposed, Integer proposedMonths, String decided, Integer months) {
        Map<String, Object> values = new HashMap<>();
        values.put("proposedSanction", proposed);
        values.put("proposedSuspensionMonths", proposedMonths);
        values.put("sanctionDecision", decided);
        values.put("suspensionMonths", months);
        return values;
    }
}
