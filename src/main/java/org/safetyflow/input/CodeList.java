package org.safetyflow.input;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Distinct codes out of a fixed set, possibly none, stored as a JSON list of strings. */
record CodeList(List<String> codes) implements FieldType {

    @Override
    public Object convert(Object raw, Clock clock) {
        List<?> items = raw instanceof String text && text.isBlank() ? List.of() : NameList.items(raw);
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        for (Object item : items) {
            if (!(item instanceof String code) || code.isBlank()) {
                throw new InvalidValue("每一项都应为代码");
            }
            if (!codes.contains(code.strip())) {
                throw new InvalidValue("含有未知的代码「" + code.strip() + "」");
            }
            chosen.add(code.strip());
        }
        return new ArrayList<>(chosen);
    }
}
