package org.safetyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every holiday edge of 2025 and 2026 (the day before, the holiday, the 调休 weekend day, the day
 * after), checked against the State Council notices by hand. "N working days from D" ends on the
 * N-th working day after D, D not counted (contract §2).
 */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(bundled(2025), bundled(2026)));

    static HolidayTable bundled(int year) {
        String name = "/calendar/holidays-" + year + ".json";
        return HolidayTable.read(WorkingDayCalendarTest.class.getResourceAsStream(name), name);
    }

    @ParameterizedTest(name = "{0} + {1} 个工作日 → {2}（{3}）")
    @CsvSource(delimiter = '|', textBlock = """
            2024-12-31 | 1 | 2025-01-02 | 2025 元旦前一日，元旦放假 1 天
            2025-01-01 | 1 | 2025-01-02 | 从元旦当日起算
            2025-01-24 | 1 | 2025-01-26 | 春节前的调休周日上班
            2025-01-26 | 1 | 2025-01-27 | 调休周日之后的周一
            2025-01-27 | 1 | 2025-02-05 | 春节前一日，1/28–2/4 放假
            2025-01-28 | 1 | 2025-02-05 | 从春节假期中起算
            2025-02-04 | 1 | 2025-02-05 | 春节最后一天
            2025-02-07 | 1 | 2025-02-08 | 春节后的调休周六上班
            2025-04-03 | 1 | 2025-04-07 | 清明节 4/4–4/6
            2025-04-25 | 1 | 2025-04-27 | 劳动节前的调休周日上班
            2025-04-30 | 1 | 2025-05-06 | 劳动节 5/1–5/5
            2025-05-30 | 1 | 2025-06-03 | 端午节 5/31–6/2
            2025-09-26 | 1 | 2025-09-28 | 国庆节前的调休周日上班
            2025-09-30 | 1 | 2025-10-09 | 国庆节、中秋节 10/1–10/8
            2025-10-09 | 2 | 2025-10-11 | 国庆节后的调休周六上班
            2025-12-31 | 1 | 2026-01-04 | 跨年：2026 元旦 1/1–1/3，1/4 周日上班
            2026-01-02 | 1 | 2026-01-04 | 从元旦假期中起算
            2026-01-04 | 1 | 2026-01-05 | 调休周日之后的周一
            2026-02-13 | 1 | 2026-02-14 | 春节前的调休周六上班
            2026-02-14 | 1 | 2026-02-24 | 春节 2/15–2/23
            2026-02-23 | 1 | 2026-02-24 | 春节最后一天
            2026-02-27 | 1 | 2026-02-28 | 春节后的调休周六上班
            2026-04-03 | 1 | 2026-04-07 | 清明节 4/4–4/6
            2026-04-30 | 1 | 2026-05-06 | 劳动节 5/1–5/5
            2026-05-08 | 1 | 2026-05-09 | 劳动节后的调休周六上班
            2026-06-18 | 1 | 2026-06-22 | 端午节 6/19–6/21
            2026-09-18 | 1 | 2026-09-20 | 国庆节前的调休周日上班
            2026-09-24 | 1 | 2026-09-28 | 中秋节 9/25–9/27
            2026-09-30 | 5 | 2026-10-13 | 国庆节 10/1–10/7，10/10 周六上班
            2026-10-09 | 1 | 2026-10-10 | 国庆节后的调休周六上班
            2026-10-10 | 1 | 2026-10-12 | 调休周六之后的周一
            2026-03-06 | 5 | 2026-03-13 | 普通一周：周五起算，跨一个周末
            2026-01-01 | 45 | 2026-03-11 | 行政许可 45 个工作日，跨春节
            2025-12-01 | 45 | 2026-02-03 | 跨年的 45 个工作日
            2025-01-01 | 400 | 2026-08-13 | 最长的 400 个工作日，跨两年
            2026-10-01 | 0 | 2026-10-01 | N = 0：期间即在起算日结束
            """)
    void shouldCountWorkingDaysAroundEveryHoliday(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(CALENDAR.addWorkingDays(from, days)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} 上班：{1}（{2}）")
    @CsvSource(delimiter = '|', textBlock = """
            2024-12-31 | true  | 2025 元旦前一日（周二）
            2025-01-01 | false | 元旦
            2025-01-02 | true  | 元旦后一日
            2025-01-26 | true  | 春节调休（周日）
            2025-01-27 | true  | 春节前一日（周一）
            2025-01-28 | false | 春节首日（除夕）
            2025-02-04 | false | 春节末日
            2025-02-05 | true  | 春节后一日
            2025-02-08 | true  | 春节调休（周六）
            2025-04-03 | true  | 清明前一日
            2025-04-04 | false | 清明节
            2025-04-06 | false | 清明末日（周日）
            2025-04-07 | true  | 清明后一日
            2025-04-27 | true  | 劳动节调休（周日）
            2025-04-30 | true  | 劳动节前一日
            2025-05-01 | false | 劳动节首日
            2025-05-05 | false | 劳动节末日（周一）
            2025-05-06 | true  | 劳动节后一日
            2025-05-30 | true  | 端午前一日
            2025-05-31 | false | 端午首日（周六）
            2025-06-02 | false | 端午末日（周一）
            2025-06-03 | true  | 端午后一日
            2025-09-28 | true  | 国庆调休（周日）
            2025-09-30 | true  | 国庆前一日
            2025-10-01 | false | 国庆首日
            2025-10-08 | false | 国庆、中秋末日（周三）
            2025-10-09 | true  | 国庆后一日
            2025-10-11 | true  | 国庆调休（周六）
            2025-12-31 | true  | 2026 元旦前一日
            2026-01-01 | false | 元旦
            2026-01-03 | false | 元旦末日（周六）
            2026-01-04 | true  | 元旦调休（周日）
            2026-02-13 | true  | 春节前一日（周五）
            2026-02-14 | true  | 春节调休（周六）
            2026-02-15 | false | 春节首日
            2026-02-23 | false | 春节末日（周一）
            2026-02-24 | true  | 春节后一日
            2026-02-28 | true  | 春节调休（周六）
            2026-04-03 | true  | 清明前一日
            2026-04-06 | false | 清明末日（周一）
            2026-04-07 | true  | 清明后一日
            2026-04-30 | true  | 劳动节前一日
            2026-05-05 | false | 劳动节末日（周二）
            2026-05-06 | true  | 劳动节后一日
            2026-05-09 | true  | 劳动节调休（周六）
            2026-06-18 | true  | 端午前一日
            2026-06-19 | false | 端午节（周五）
            2026-06-22 | true  | 端午后一日
            2026-09-20 | true  | 国庆调休（周日）
            2026-09-24 | true  | 中秋前一日
            2026-09-25 | false | 中秋节（周五）
            2026-09-28 | true  | 中秋后一日
            2026-09-30 | true  | 国庆前一日
            2026-10-07 | false | 国庆末日（周三）
            2026-10-08 | true  | 国庆后一日
            2026-10-10 | true  | 国庆调休（周六）
            2026-10-11 | false | 普通周日
            """)
    void shouldKnowEveryHolidayEdge(LocalDate day, boolean working, String why) {
        assertThat(CALENDAR.isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @Test
    void shouldKnowHolidaysMakeUpDaysAndOrdinaryDays() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-10"))).as("调休周六").isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-11"))).as("普通周日").isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-12"))).as("普通周一").isTrue();
    }

    @Test
    void shouldCountWeekendsOnlyInAYearWithoutATableAndRememberThatYear() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.of(bundled(2026)));

        assertThat(calendar.missingYearsUsed()).isEmpty();
        // 2027-01-01 is a Friday: without the 2027 notice it is counted as an ordinary working day.
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo("2027-01-01");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-25"), 5)).isEqualTo("2027-01-01");
        assertThat(calendar.missingYearsUsed()).containsExactly(2027);
    }

    @Test
    void shouldEndAtTheEndOfTheDayInShanghai() {
        // 2026-09-30 16:30 UTC is already 10-01 00:30 in Shanghai: counting starts from 10-01.
        Date lateAtNight = Date.from(Instant.parse("2026-09-30T16:30:00Z"));
        Date noon = Date.from(Instant.parse("2026-09-30T04:00:00Z"));

        assertThat(CALENDAR.endOfWorkingDays(noon, 5)).isEqualTo(Date.from(Instant.parse("2026-10-13T15:59:59Z")));
        assertThat(CALENDAR.endOfWorkingDays(lateAtNight, 5)).isEqualTo(Date.from(Instant.parse("2026-10-13T15:59:59Z")));
        assertThat(CALENDAR.endOfWorkingDays(Date.from(Instant.parse("2026-10-08T16:30:00Z")), 1))
                .as("10-09 00:30 in Shanghai: the next working day is the 调休 Saturday")
                .isEqualTo(Date.from(Instant.parse("2026-10-10T15:59:59Z")));
    }

    @Test
    void shouldCountTheWorkingDaysOfAPauseAcrossAHoliday() {
        // Paused on 9-30, resumed on 10-09: 10-08 and 10-09 are the only working days lost.
        assertThat(CALENDAR.workingDaysBetween(LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-09"))).isEqualTo(2);
        assertThat(CALENDAR.workingDaysBetween(LocalDate.parse("2026-10-09"), LocalDate.parse("2026-10-09"))).isZero();
        assertThat(CALENDAR.workingDaysBetween(LocalDate.parse("2026-10-09"), LocalDate.parse("2026-10-01"))).isZero();
    }

    @Test
    void shouldRefuseNegativeCounts() {
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(LocalDate.parse("2026-10-09"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseATableThatContradictsItself() {
        assertThatThrownBy(() -> read("""
                {"year": 2026, "holidays": [{"name": "国庆节", "from": "2026-10-01", "to": "2026-10-07"}],
                 "workdays": [{"name": "调休", "date": "2026-10-08"}]}"""))
                .isInstanceOf(InvalidHolidayTableException.class).hasMessageContaining("2026-10-08 is a weekday");
        assertThatThrownBy(() -> read("""
                {"year": 2026, "holidays": [{"name": "国庆节", "from": "2026-10-01", "to": "2027-01-07"}]}"""))
                .hasMessageContaining("outside the year 2026");
        assertThatThrownBy(() -> read("""
                {"year": 2026, "holidays": [{"name": "国庆节", "from": "2026-10-03", "to": "2026-10-04"}],
                 "workdays": [{"name": "调休", "date": "2026-10-04"}]}"""))
                .hasMessageContaining("both a holiday and a working day");
        assertThatThrownBy(() -> read("{\"holidays\": []}")).hasMessageContaining("missing \"year\"");
        assertThatThrownBy(() -> read("not json")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(bundled(2026), bundled(2026))))
                .hasMessageContaining("two tables for 2026");
    }

    @Test
    void shouldDescribeItsSource() {
        HolidayTable table = bundled(2026);

        assertThat(table.source()).contains("2026年部分节假日安排");
        assertThat(table.daysOff()).hasSize(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(table.makeUpWorkdays()).hasSize(6);
        assertThat(bundled(2025).daysOff()).hasSize(1 + 8 + 3 + 5 + 3 + 8);
    }

    private static HolidayTable read(String json) {
        InputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return HolidayTable.read(in, "test.json");
    }
}
