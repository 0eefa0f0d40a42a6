package org.safetyflow.input;

import java.time.Clock;

/** A 统一社会信用代码, stripped and in capitals, its check character verified. */
record CreditCode() implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        if (!(raw instanceof String text)) {
            throw new InvalidValue("应为 18 位统一社会信用代码");
        }
        String code = text.strip().toUpperCase();
        String problem = UnifiedSocialCreditCode.problemWith(code);
        if (problem != null) {
            throw new InvalidValue(problem);
        }
        return code;
    }
}
