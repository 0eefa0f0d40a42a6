package org.safetyflow.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Date;
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
}
