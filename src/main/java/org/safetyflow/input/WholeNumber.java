package org.safetyflow.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * A whole number that may exceed an Integer (e.g. a random seed), stored as a Long: a number, or its decimal digits as
 * text (a form's text field: a browser's numbers lose precision above 2⁵³), an optional minus sign first — the range of
 * a 64-bit signed integer.
 */
record WholeNumber() implements FieldType {

    private static final Pattern DIGITS = Pattern.compile("-?[0-9]+");
    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final String RANGE = "应在 " + Long.MIN_VALUE + " 至 " + Long.MAX_VALUE + " 之间（64 位整数）";

    @Override
    public Object convert(Object raw, Clock clock) {
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
            return ((Number) raw).longValue();
        }
        if (raw instanceof BigInteger number) {
            return inRange(number);
        }
        if (raw instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            return inRange(decimal.toBigIntegerExact());
        }
        if (raw instanceof String text) {
            String digits = text.strip();
            if (!DIGITS.matcher(digits).matches()) {
                throw new InvalidValue("只能填写数字（整数，可带负号），实为「" + digits + "」");
            }
            return inRange(new BigInteger(digits));
        }
        throw new InvalidValue("应为整数");
    }

    private static long inRange(BigInteger number) {
        if (number.compareTo(MIN) < 0 || number.compareTo(MAX) > 0) {
            throw new InvalidValue(RANGE);
        }
        return number.longValueExact();
    }
}
