package org.safetyflow.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 提级督办 only raises the level that supervises a hazard: 县 → 市 → 省, never sideways or down. */
class EscalatedSupervisionTest {

    @ParameterizedTest(name = "listed at {0}, escalated to {1}: {2}")
    @CsvSource({
        "COUNTY,   CITY,     true,  由县级挂牌督办提级为市级督办",
        "COUNTY,   PROVINCE, true,  由县级挂牌督办提级为省级督办",
        "CITY,     PROVINCE, true,  由市级挂牌督办提级为省级督办",
        "COUNTY,   COUNTY,   false, 提级督办层级（县级）须高于原挂牌督办层级（县级）",
        "CITY,     CITY,     false, 提级督办层级（市级）须高于原挂牌督办层级（市级）",
        "CITY,     COUNTY,   false, 提级督办层级（县级）须高于原挂牌督办层级（市级）",
        "PROVINCE, PROVINCE, false, 已由省级挂牌督办，不能在本省内再提级",
    })
    void shouldOnlyRaiseTheSupervisingLevel(String listedAt, String escalateTo, boolean allowed, String reason) {
        EscalatedSupervision.Decision decision = EscalatedSupervision.decide(listedAt, escalateTo);

        assertThat(decision.allowed()).isEqualTo(allowed);
        assertThat(decision.reason()).startsWith(reason);
    }
}
