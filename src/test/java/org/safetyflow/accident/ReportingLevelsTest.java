package org.safetyflow.accident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 事故条例第十条: how far up a report goes, grade by grade. */
class ReportingLevelsTest {

    @ParameterizedTest(name = "{0}: {1} levels up to {2}")
    @CsvSource({
        "ORDINARY,      1, 设区的市级人民政府应急管理部门和有关部门, 一般事故逐级上报至设区的市级",
        "LARGER,        2, 省级人民政府应急管理部门和有关部门,       较大事故逐级上报至省级",
        "MAJOR,         3, 国务院应急管理部门和有关部门,             重大事故逐级上报至国务院",
        "EXTRAORDINARY, 3, 国务院应急管理部门和有关部门,             特别重大事故逐级上报至国务院",
    })
    void shouldReportUpToTheLevelTheGradeNames(String grade, int count, String highest, String reason) {
        ReportingLevels.Decision decision = ReportingLevels.of(grade);

        assertThat(decision.levels()).hasSize(count).last().isEqualTo(highest);
        assertThat(decision.levels().get(0)).isEqualTo("设区的市级人民政府应急管理部门和有关部门");
        assertThat(decision.reason()).startsWith(reason).endsWith("（事故条例第十条）");
    }

    @Test
    void shouldRefuseAGradeTheRegulationDoesNotKnow() {
        assertThatThrownBy(() -> ReportingLevels.of("MINOR")).isInstanceOf(IllegalArgumentException.class);
    }
}
