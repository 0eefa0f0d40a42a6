package org.safetyflow.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 加处罚款 (行政处罚法§72): 3% of the fine a day from the day after the due day, never more than the fine (行政强制法§45). */
class PenaltySurchargeTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 21);

    @Test
    void shouldAddNothingOnOrBeforeTheDueDay() {
        assertThat(PenaltySurcharge.of(50_000, DUE, DUE).amountYuan()).isZero();
        assertThat(PenaltySurcharge.of(50_000, DUE, DUE.minusDays(3)).reason()).isEqualTo("罚款未逾期，不加处罚款");
    }

    @Test
    void shouldAddThreePercentOfTheFineForEachDayOverdue() {
        PenaltySurcharge.Surcharge surcharge = PenaltySurcharge.of(50_000, DUE, DUE.plusDays(1));
        assertThat(surcharge.amountYuan()).isEqualTo(1_500.0);
        assertThat(surcharge.overdueDays()).isEqualTo(1);
        assertThat(PenaltySurcharge.of(1_234.56, DUE, DUE.plusDays(2)).amountYuan()).as("to the fen").isEqualTo(74.07);
    }

    @Test
    void shouldStopAtTheFineItselfFromTheThirtyFourthDay() {
        // 33 days: 99% of the fine; 34 days would be 102%: capped at 100%.
        PenaltySurcharge.Surcharge below = PenaltySurcharge.of(50_000, DUE, DUE.plusDays(33));
        assertThat(below.amountYuan()).isEqualTo(49_500.0);
        assertThat(below.capped()).isFalse();
        PenaltySurcharge.Surcharge at = PenaltySurcharge.of(50_000, DUE, DUE.plusDays(34));
        assertThat(at.amountYuan()).isEqualTo(50_000.0);
        assertThat(at.capped()).isTrue();
        assertThat(at.reason()).contains("以罚款数额 5万元 为限").contains("行政强制法第四十五条");
        assertThat(PenaltySurcharge.of(50_000, DUE, DUE.plusYears(1)).amountYuan()).isEqualTo(50_000.0);
    }
}
