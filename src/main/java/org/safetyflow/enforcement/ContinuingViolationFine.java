package org.safetyflow.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.safetyflow.calendar.CalendarDays;
import org.safetyflow.casefile.CaseVariables;

/**
 * 按日连续处罚 (安全生产法第一百一十二条): an enterprise 责令改正 and fined that refuses to correct may be fined the original
 * amount again for every day from the day after the 责令改正 was made (自作出责令改正之日的次日起) — the day of the order not
 * counted — up to and including the day the refusal was found at the 复查.
 */
final class ContinuingViolationFine {

    static final String ARTICLE = "安全生产法第一百一十二条";

    private ContinuingViolationFine() {
    }

    /** The first day counted: the day after the 责令改正 was made. */
    static LocalDate firstDay(LocalDate orderDay) {
        return orderDay.plusDays(1);
    }

    /** The fine of {@code dailyFineYuan} a day from {@code firstDay} up to {@code refusalFoundOn}, both counted, with why. */
    static Fine of(double dailyFineYuan, LocalDate firstDay, LocalDate refusalFoundOn) {
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(firstDay, refusalFoundOn) + 1);
        BigDecimal amount = BigDecimal.valueOf(dailyFineYuan).multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP);
        String reason = days == 0
                ? "拒不改正的发现之日（" + CalendarDays.chinese(refusalFoundOn) + "）早于计罚起始日（" + CalendarDays.chinese(firstDay)
                        + "，即作出责令改正之日的次日），计罚日数为 0，不适用按日连续处罚（" + ARTICLE + "）"
                : "自作出责令改正之日的次日（" + CalendarDays.chinese(firstDay) + "）起至复查发现拒不改正之日（" + CalendarDays.chinese(refusalFoundOn)
                        + "）止，共 " + days + " 日，按照原处罚数额每日 " + CaseVariables.amount(dailyFineYuan) + " 连续处罚，计 "
                        + CaseVariables.amount(amount.doubleValue()) + "（" + ARTICLE + "）";
        return new Fine(days, amount.doubleValue(), reason);
    }

    record Fine(int days, double amountYuan, String reason) {
    }
}
