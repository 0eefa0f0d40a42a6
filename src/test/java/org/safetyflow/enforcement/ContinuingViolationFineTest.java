package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 按日连续处罚 (安全生产法§112): the original fine for every day from the day after the 责令改正 up to the day the refusal is found. */
class ContinuingViolationFineTest {

    private static final LocalDate ORDERED = LocalDate.of(2026, 3, 2);
    private static final LocalDate FIRST = ContinuingViolationFine.firstDay(ORDERED);

    @Test
    void shouldStartCountingOnTheDayAfterTheOrderNotOnTheOrderDayItself() {
        assertThat(FIRST).isEqualTo(LocalDate.of(2026, 3, 3));
        ContinuingViolationFine.Fine sameDay = ContinuingViolationFine.of(20_000, FIRST, ORDERED);
        assertThat(sameDay.days()).as("the order day is not counted").isZero();
        assertThat(sameDay.amountYuan()).isZero();
        assertThat(sameDay.reason()).contains("计罚日数为 0").contains("不适用按日连续处罚");
    }

    @Test
    void shouldFineOneDayWhenTheRefusalIsFoundOnTheFirstDayCounted() {
        ContinuingViolationFine.Fine first = ContinuingViolationFine.of(20_000, FIRST, FIRST);
        assertThat(first.days()).isEqualTo(1);
        assertThat(first.amountYuan()).isEqualTo(20_000.0);
        assertThat(first.reason()).isEqualTo("自作出责令改正之日的次日（2026年3月3日）起至复查发现拒不改正之日（2026年3月3日）止，共 1 日，"
                + "按照原处罚数额每日 2万元 连续处罚，计 2万元（安全生产法第一百一十二条）");
    }

    @Test
    void shouldCountTheDayTheRefusalWasFoundAcrossMonthsAndYears() {
        assertThat(ContinuingViolationFine.of(20_000, FIRST, LocalDate.of(2026, 3, 31)).days()).isEqualTo(29);
        assertThat(ContinuingViolationFine.of(20_000, FIRST, LocalDate.of(2026, 4, 1)).days()).isEqualTo(30);
        ContinuingViolationFine.Fine acrossNewYear = ContinuingViolationFine.of(5_000,
                ContinuingViolationFine.firstDay(LocalDate.of(2026, 12, 30)), LocalDate.of(2027, 1, 2));
        assertThat(acrossNewYear.days()).isEqualTo(3);
        assertThat(acrossNewYear.amountYuan()).isEqualTo(15_000.0);
    }

    @Test
    void shouldKeepTheAmountExactToTheFen() {
        assertThat(ContinuingViolationFine.of(1_234.56, FIRST, FIRST.plusDays(2)).amountYuan()).isEqualTo(3_703.68);
    }
}
