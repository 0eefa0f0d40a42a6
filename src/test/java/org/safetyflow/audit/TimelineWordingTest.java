package org.safetyflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A variable record's description in Chinese: its label and its values as they read. */
class TimelineWordingTest {

    @Test
    void shouldDescribeAChangeByTheVariablesLabel() {
        assertThat(TimelineWording.change(false, "事故等级", "accidentGrade", "较大", "重大")).isEqualTo("修改事故等级：较大 → 重大");
        assertThat(TimelineWording.change(true, "直接经济损失", "directEconomicLossYuan", null, "150万元")).isEqualTo("记录直接经济损失：150万元");
    }

    @Test
    void shouldNameAVariableWithoutALabelByItsName() {
        assertThat(TimelineWording.change(false, null, "customNote", "（空）", "是")).isEqualTo("修改变量 customNote：（空） → 是");
    }

    @Test
    void shouldQuoteALongValueOnOneLineAndCutIt() {
        String description = TimelineWording.change(true, "公告正文", "noticeBody", null, "第一行\n" + "长".repeat(100));

        assertThat(description).startsWith("记录公告正文：第一行 长长").endsWith("…").doesNotContain("\n")
                .hasSize("记录公告正文：".length() + 60 + 1);
    }
}
