package org.safetyflow.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.ProcessTests.date;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 事故条例第九条 at its boundary: the unit's head reports within 1 hour of being told (or of the accident). */
class LateReportTest {

    static final String OCCURRED = "2026-03-02T08:00:00+08:00";

    @ParameterizedTest(name = "informed {0}, reported {1}: late {2}")
    @CsvSource(nullValues = "-", value = {
        "-,                         2026-03-02T09:00:00+08:00, false, 事故发生后 60 分钟内报告，在 1 小时内（事故条例第九条）",
        "-,                         2026-03-02T09:00:01+08:00, true,  事故发生后 60 分钟才报告，超过 1 小时（事故条例第九条）：迟报",
        "-,                         2026-03-02T09:20:00+08:00, true,  事故发生后 80 分钟才报告",
        "2026-03-02T08:30:00+08:00, 2026-03-02T09:30:00+08:00, false, 单位负责人接到报告后 60 分钟内报告",
        "2026-03-02T08:30:00+08:00, 2026-03-02T09:31:00+08:00, true,  单位负责人接到报告后 61 分钟才报告，超过 1 小时",
    })
    void shouldCountTheHourFromWhenTheUnitsHeadWasTold(String informed, String reported, boolean late, String reason) {
        LateReport.Decision decision = LateReport.decide(date(OCCURRED), informed == null ? null : date(informed), date(reported));

        assertThat(decision.late()).isEqualTo(late);
        assertThat(decision.reason()).contains(reason.strip());
    }
}
