package org.safetyflow.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safetyflow.testing.ProcessTests.date;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 事故条例第十三条 at its boundaries: 30 days, 7 for road traffic and fire, the day of the accident not counted. */
class CasualtyUpdateWindowTest {

    static final CasualtyUpdateWindow STATUTE = new CasualtyUpdateWindow(30, 7);
    static final String OCCURRED = "2026-03-01T10:00:00+08:00";

    @ParameterizedTest(name = "{0} 补报 at {1}: regrades {2}")
    @CsvSource(nullValues = "-", value = {
        "-,            2026-03-01T10:30:00+08:00, true,  第 0 日收到，在 30 日补报期限（事故条例第十三条）内：按补报数据重新定级",
        "-,            2026-03-31T23:59:59+08:00, true,  第 30 日收到，在 30 日补报期限（事故条例第十三条）内",
        "-,            2026-04-01T00:00:00+08:00, false, 第 31 日收到，已超过 30 日补报期限（事故条例第十三条）：仅记录，不重新定级",
        "MINING,       2026-03-31T23:59:59+08:00, true,  在 30 日补报期限",
        "ROAD_TRAFFIC, 2026-03-08T23:59:59+08:00, true,  第 7 日收到，在 7 日补报期限（道路交通、火灾事故，事故条例第十三条）内",
        "ROAD_TRAFFIC, 2026-03-09T00:00:00+08:00, false, 第 8 日收到，已超过 7 日补报期限（道路交通、火灾事故，事故条例第十三条）",
        "FIRE,         2026-03-08T23:59:59+08:00, true,  在 7 日补报期限",
        "FIRE,         2026-03-09T00:00:00+08:00, false, 已超过 7 日补报期限",
    })
    void shouldRegradeOnlyWithinTheWindowOfTheAccidentsKind(String industry, String received, boolean regrades, String reason) {
        CasualtyUpdateWindow.Decision decision = CasualtyUpdateWindow.decide(date(OCCURRED), STATUTE.of(date(OCCURRED), industry), date(received));

        assertThat(decision.regrades()).isEqualTo(regrades);
        assertThat(decision.reason()).contains(reason.strip());
    }

    @ParameterizedTest(name = "{0}: {1} days, ending {2}")
    @CsvSource(nullValues = "-", value = {
        "-,            30, 2026-03-31T23:59:59+08:00",
        "ROAD_TRAFFIC, 7,  2026-03-08T23:59:59+08:00",
        "FIRE,         7,  2026-03-08T23:59:59+08:00"})
    void shouldEndTheWindowAtTheEndOfItsLastDay(String industry, int days, String endsAt) {
        CasualtyUpdateWindow.Window window = STATUTE.of(date(OCCURRED), industry);

        assertThat(window.days()).isEqualTo(days);
        assertThat(window.endsAt()).isEqualTo(date(endsAt));
    }
}
