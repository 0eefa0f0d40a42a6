package org.safetyflow.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldTypeTest {

    private static final Clock NOON_10_MARCH = Clock.fixed(Instant.parse("2026-03-10T04:00:00Z"), FieldType.SHANGHAI);

    @Test
    void shouldReadAMomentInEveryFormClientsSend() {
        Date expected = Date.from(OffsetDateTime.parse("2026-03-10T09:00:00+08:00").toInstant());
        FieldType moment = FieldType.pastDateTime();

        assertThat(moment.convert("2026-03-10T09:00:00.000+0800", NOON_10_MARCH)).isEqualTo(expected);
        assertThat(moment.convert("2026-03-10T01:00:00Z", NOON_10_MARCH)).isEqualTo(expected);
        assertThat(moment.convert("2026-03-10T09:00+08:00", NOON_10_MARCH)).isEqualTo(expected);
        assertThat(moment.convert("2026-03-10T09:00:00+0800", NOON_10_MARCH)).as("the basic offset `date +%z` writes").isEqualTo(expected);
        assertThat(moment.convert("2026-03-10T09:00", NOON_10_MARCH)).isEqualTo(expected);
        assertThat(moment.convert(expected, NOON_10_MARCH)).isEqualTo(expected);
    }

    @Test
    void shouldTakeACheckedListOfKnownCodesEvenAnEmptyOneAndRefuseAnUnknownCode() {
        FieldType codes = FieldType.codeList(List.of("A", "B"));
        assertThat(codes.convert(List.of("B", "A", "B"), NOON_10_MARCH)).isEqualTo(List.of("B", "A"));
        assertThat(codes.convert("[\"A\"]", NOON_10_MARCH)).isEqualTo(List.of("A"));
        assertThat(codes.convert(List.of(), NOON_10_MARCH)).as("a checklist with nothing ticked").isEqualTo(List.of());
        assertThatThrownBy(() -> codes.convert(List.of("A", "C"), NOON_10_MARCH)).hasMessage("含有未知的代码「C」");
    }

    @Test
    void shouldReadAPlainDateAsTheStartOfThatDayInShanghai() {
        assertThat(FieldType.pastDateTime().convert("2026-03-10", NOON_10_MARCH))
                .isEqualTo(Date.from(Instant.parse("2026-03-09T16:00:00Z")));
    }

    @Test
    void shouldRefuseAMomentAfterNowWhereTheStatuteForbidsIt() {
        assertThatThrownBy(() -> FieldType.pastDateTime().convert("2026-03-10T12:00:01+08:00", NOON_10_MARCH))
                .hasMessage("不能晚于当前时间");
        assertThat(FieldType.dateTime().convert("2026-03-10T12:00:01+08:00", NOON_10_MARCH)).isNotNull();
    }

    @Test
    void shouldRefuseTextThatIsNoMoment() {
        assertThatThrownBy(() -> FieldType.dateTime().convert("昨天", NOON_10_MARCH)).hasMessageContaining("应为日期时间");
    }

    @Test
    void shouldTakeCountsAsNonNegativeIntegers() {
        assertThat(FieldType.count().convert(3L, NOON_10_MARCH)).isEqualTo(3);
        assertThat(FieldType.count().convert(new BigDecimal("3.0"), NOON_10_MARCH)).isEqualTo(3);
        assertThatThrownBy(() -> FieldType.count().convert(-1, NOON_10_MARCH)).hasMessage("不能为负数");
        assertThatThrownBy(() -> FieldType.count().convert(new BigDecimal("2.5"), NOON_10_MARCH)).hasMessage("应为整数");
        assertThatThrownBy(() -> FieldType.count().convert("3", NOON_10_MARCH)).hasMessage("应为整数");
    }

    @Test
    void shouldTakeAWholeNumberAsDigitsExactlyAcrossTheRangeOfALongWhichABrowsersNumberCannotHold() {
        FieldType seed = FieldType.wholeNumber();
        assertThat(seed.convert("9007199254740993", NOON_10_MARCH)).as("2⁵³ + 1, which a browser rounds to 2⁵³").isEqualTo(9007199254740993L);
        assertThat(seed.convert(" 9223372036854775807 ", NOON_10_MARCH)).isEqualTo(Long.MAX_VALUE);
        assertThat(seed.convert("-9223372036854775808", NOON_10_MARCH)).isEqualTo(Long.MIN_VALUE);
        assertThat(seed.convert("007", NOON_10_MARCH)).isEqualTo(7L);
        assertThat(seed.convert(9007199254740993L, NOON_10_MARCH)).isEqualTo(9007199254740993L);
        assertThat(seed.convert(42, NOON_10_MARCH)).isEqualTo(42L);
        assertThat(seed.convert(new BigDecimal("9223372036854775807"), NOON_10_MARCH)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> seed.convert("9223372036854775808", NOON_10_MARCH)).hasMessageContaining("64 位整数");
        assertThatThrownBy(() -> seed.convert("-9223372036854775809", NOON_10_MARCH)).hasMessageContaining("64 位整数");
        assertThatThrownBy(() -> seed.convert(new BigDecimal("1E+20"), NOON_10_MARCH)).hasMessageContaining("64 位整数");
        for (String notDigits : new String[] {"12a", "1.5", "1e5", "+5", "", "0x1F", "９"}) {
            assertThatThrownBy(() -> seed.convert(notDigits, NOON_10_MARCH)).as(notDigits).hasMessageStartingWith("只能填写数字");
        }
        assertThatThrownBy(() -> seed.convert(new BigDecimal("2.5"), NOON_10_MARCH)).hasMessage("应为整数");
    }

    @Test
    void shouldTakeAmountsOfYuanAsNonNegativeNumbers() {
        assertThat(FieldType.amountOfYuan().convert(12_000_000L, NOON_10_MARCH)).isEqualTo(1.2e7);
        assertThatThrownBy(() -> FieldType.amountOfYuan().convert(-0.01, NOON_10_MARCH)).hasMessage("不能为负数");
    }

    @Test
    void shouldCheckDivisionCodes() {
        assertThat(FieldType.divisionCode().convert(" 370405 ", NOON_10_MARCH)).isEqualTo("370405");
        assertThatThrownBy(() -> FieldType.divisionCode().convert("37040", NOON_10_MARCH)).hasMessageContaining("6 位行政区划代码");
    }

    @Test
    void shouldNameTheAllowedValuesOfAnEnumeration() {
        assertThatThrownBy(() -> FieldType.oneOf(List.of("NEW", "RENEWAL")).convert("OLD", NOON_10_MARCH))
                .hasMessage("应为以下取值之一：NEW、RENEWAL");
    }

    @Test
    void shouldNameTheConstantsOfAnEnumerationAndReturnTheConstant() {
        assertThat(FieldType.oneOf(DayOfWeek.class).convert(" MONDAY ", NOON_10_MARCH)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(FieldType.oneOf(DayOfWeek.class).convert(DayOfWeek.FRIDAY, NOON_10_MARCH)).isEqualTo(DayOfWeek.FRIDAY);
        assertThatThrownBy(() -> FieldType.oneOf(DayOfWeek.class).convert("Monday", NOON_10_MARCH))
                .hasMessage("应为以下取值之一：MONDAY、TUESDAY、WEDNESDAY、THURSDAY、FRIDAY、SATURDAY、SUNDAY");
    }

    @Test
    void shouldReadADayAndRefuseOneAfterTodayInShanghaiWhereAsked() {
        Clock justAfterMidnightInShanghai = Clock.fixed(Instant.parse("2026-03-09T16:30:00Z"), FieldType.SHANGHAI);

        assertThat(FieldType.date().convert(" 2026-03-11 ", NOON_10_MARCH)).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(FieldType.pastDate().convert("2026-03-10", justAfterMidnightInShanghai)).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThatThrownBy(() -> FieldType.pastDate().convert("2026-03-11", justAfterMidnightInShanghai)).hasMessage("不能晚于今天");
        assertThatThrownBy(() -> FieldType.date().convert("2026/03/11", NOON_10_MARCH)).hasMessage("应为日期，格式 YYYY-MM-DD");
    }

    @Test
    void shouldSayWhichRowAndCellOfATableIsNoDay() {
        FieldType measures = FieldType.table(5, "measure", "owner", "dueDate");

        assertThat(measures.convert("加固脚手架；施工单位；2026-04-01", NOON_10_MARCH)).asString().contains("2026-04-01");
        assertThatThrownBy(() -> measures.convert("加固脚手架；施工单位；四月", NOON_10_MARCH))
                .hasMessage("第 1 行第 3 项应为日期，格式 YYYY-MM-DD");
    }

    @Test
    void shouldKeepABoundedCountWithinItsBounds() {
        assertThat(FieldType.count(1, 200).convert(200, NOON_10_MARCH)).isEqualTo(200);
        assertThatThrownBy(() -> FieldType.count(1, 200).convert(201, NOON_10_MARCH)).hasMessage("应为 1 至 200 之间的整数");
        assertThatThrownBy(() -> FieldType.count(1, 200).convert(0, NOON_10_MARCH)).hasMessage("应为 1 至 200 之间的整数");
        assertThatThrownBy(() -> FieldType.count(1, Integer.MAX_VALUE).convert(0, NOON_10_MARCH)).hasMessage("应为不小于 1 的整数");
        assertThatThrownBy(() -> FieldType.count(1, 200).convert("3", NOON_10_MARCH)).hasMessage("应为整数");
    }
}
