package org.safetyflow.accident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 事故条例第二十九条: extensions of the report deadline, together at most 60 days. */
class ReportExtensionTest {

    static final ReportExtension STATUTE = new ReportExtension(60);

    @ParameterizedTest(name = "extended {0}, asks {1}: allowed {2}")
    @CsvSource({
        "0,  60, true,  延长 60 日，累计 60 日，未超过 60 日（事故条例第二十九条）",
        "0,  61, false, 延长期限累计不得超过 60 日（事故条例第二十九条；已延长 0 日）",
        "30, 30, true,  累计 60 日",
        "30, 31, false, 已延长 30 日",
        "0,  0,  false, 延长天数至少 1 日",
        "0,  1,  true,  延长 1 日，累计 1 日",
    })
    void shouldAllowExtensionsOnlyWithinSixtyDaysInAll(int already, int requested, boolean allowed, String reason) {
        ReportExtension.Decision decision = STATUTE.decide(already, requested);

        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.reason()).contains(reason.strip());
    }
}
