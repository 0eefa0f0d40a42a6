package org.safetyflow.input;

import java.time.Clock;
import java.util.regex.Pattern;

/** Text of at most {@code maxLength} characters, stripped; with a pattern, of that form. */
record Text(int maxLength, Pattern pattern, String formatDescription) implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        if (!(raw instanceof String text)) {
            throw new InvalidValue("应为文本");
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidValue("不能为空");
        }
        if (RequestLimits.hasControl(trimmed)) {
            throw new InvalidValue("含有不允许的控制字符（如 NUL）");
        }
        if (trimmed.length() > maxLength) {
            throw new InvalidValue("不能超过 " + maxLength + " 个字符");
        }
        if (pattern != null && !pattern.matcher(trimmed).matches()) {
            throw new InvalidValue("格式不正确，应为" + formatDescription);
        }
        return trimmed;
    }
}
