package org.safetyflow.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.safetyflow.calendar.CalendarDays;

/** A case's variables as the wording of notices and reports prints them. */
public final class CaseVariables {

    private CaseVariables() {
    }

    /**
     * The variable's value as text, or "—" when the case has none; an amount as a notice writes it
     * (4200000, 1234.50 — never 4200000.0), a moment as its day (2026年3月2日).
     */
    public static String text(VariableScope scope, String variable) {
        Object value = scope.getVariable(variable);
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            BigDecimal amount = new BigDecimal(value.toString()).stripTrailingZeros();
            return amount.scale() <= 0 ? amount.toPlainString() : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        if (value instanceof Date moment) {
            return CalendarDays.chinese(moment);
        }
        return value == null ? "—" : value.toString();
    }

    /**
     * An amount of yuan as a bureau's form shows it: from ten thousand yuan on in 万元 (1500000 →
     * 150万元, 1234567 → 123.4567万元), below that in 元 (8500元, 1234.50元); an amount with fen of ten
     * thousand yuan or more in 元 with thousands separated (1,234,567.89元): exact to the fen.
     */
    public static String amount(Number yuan) {
        BigDecimal amount = new BigDecimal(yuan.toString()).stripTrailingZeros();
        boolean large = amount.abs().compareTo(TEN_THOUSAND) >= 0;
        if (amount.scale() <= 0) {
            return (large ? amount.movePointLeft(4).stripTrailingZeros().toPlainString() + "万" : amount.toPlainString()) + "元";
        }
        BigDecimal withFen = amount.setScale(2, RoundingMode.HALF_UP);
        return (large ? String.format(Locale.ROOT, "%,.2f", withFen) : withFen.toPlainString()) + "元";
    }

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
}
