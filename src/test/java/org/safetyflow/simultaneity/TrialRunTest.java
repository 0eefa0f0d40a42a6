package org.safetyflow.simultaneity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 试运行 of 30 to 180 days, extensions included (36号令第二十二条), at the boundaries. */
class TrialRunTest {

    @Test
    void shouldAllowAPlanOfThirtyToOneHundredEightyDays() {
        assertThat(TrialRun.checkPlan(29, 30, 180)).isEqualTo("试运行时间应当不少于 30 日（计划 29 日）");
        assertThat(TrialRun.checkPlan(30, 30, 180)).isNull();
        assertThat(TrialRun.checkPlan(180, 30, 180)).isNull();
        assertThat(TrialRun.checkPlan(181, 30, 180)).isEqualTo("试运行时间最长不得超过 180 日（计划 181 日）");
    }

    @Test
    void shouldNotReportTheEndBeforeThirtyDaysHavePassed() {
        java.util.Date start = org.safetyflow.testing.ProcessTests.date("2026-04-01T00:00:00+08:00");
        assertThat(TrialRun.checkFinish(start, org.safetyflow.testing.ProcessTests.date("2026-04-30T23:59:00+08:00"), 30))
                .isEqualTo("试运行时间应当不少于 30 日，最早于2026年5月1日报告试运行结束");
        assertThat(TrialRun.checkFinish(start, org.safetyflow.testing.ProcessTests.date("2026-05-01T08:00:00+08:00"), 30)).isNull();
    }

    @Test
    void shouldExtendUpToOneHundredEightyDaysInAll() {
        assertThat(TrialRun.checkExtension(90, 90, 180)).isNull();
        assertThat(TrialRun.checkExtension(90, 91, 180)).isEqualTo("延长后试运行共 181 日，超过最长 180 日；最多还可延长 90 日");
        assertThat(TrialRun.checkExtension(180, 1, 180)).contains("最多还可延长 0 日");
        assertThat(TrialRun.checkExtension(60, 0, 180)).isEqualTo("延长的天数至少为 1 日");
    }
}
