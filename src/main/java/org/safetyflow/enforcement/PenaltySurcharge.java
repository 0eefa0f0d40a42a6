package org.safetyflow.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.casefile.CaseVariables;

/**
 * 加处罚款 (行政处罚法第七十二条第一款第一项): a fine not paid by its due day grows by 3% of the fine for each day
 * overdue, never by more than the fine itself (行政强制法第四十五条第二款: 加处罚款的数额不得超出金钱给付义务的数额).
 */
final class PenaltySurcharge {

    /** 每日按罚款数额的百分之三: the statute's rate, not a setting. */
    static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    private PenaltySurcharge() {
    }

    /** The surcharge owed on {@code asOf} for a fine of {@code fineYuan} due on {@code dueDay}, with why. */
    static Surcharge of(double fineYuan, LocalDate dueDay, LocalDate asOf) {
        BigDecimal fine = BigDecimal.valueOf(fineYuan);
        int days = Math.max(0, CalendarDays.daysBetween(dueDay, asOf));
        BigDecimal accrued = fine.multiply(DAILY_RATE).multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP);
        boolean capped = accrued.compareTo(fine) > 0;
        BigDecimal amount = capped ? fine.setScale(2, RoundingMode.HALF_UP) : accrued;
        String reason = days == 0 ? "罚款未逾期，不加处罚款"
                : "逾期 " + days + " 日，每日按罚款数额 " + CaseVariables.amount(fineYuan) + " 的 3% 加处罚款（行政处罚法第七十二条）"
                        + (capped ? "，累计已超过罚款数额，以罚款数额 " + CaseVariables.amount(fineYuan) + " 为限（行政强制法第四十五条）" : "")
                        + "：" + CaseVariables.amount(amount.doubleValue());
        return new Surcharge(amount.doubleValue(), days, capped, reason);
    }

    record Surcharge(double amountYuan, int overdueDays, boolean capped, String reason) {
    }
}
