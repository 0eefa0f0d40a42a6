package org.safetyflow.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.spin.json.SpinJsonNode;

/** A non-empty list of distinct names, each stripped, stored as a JSON list of strings. */
record NameList(int maxItems, int maxLength) implements FieldType {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\n]+");

    @Override
    public Object convert(Object raw, Clock clock) {
        List<?> items = items(raw);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (Object item : items) {
            if (!(item instanceof String name) || name.isBlank()) {
                throw new InvalidValue("每一项都应为非空的名称");
            }
            if (name.strip().length() > maxLength) {
                throw new InvalidValue("每一项不能超过 " + maxLength + " 个字符");
            }
            names.add(name.strip());
        }
        if (names.isEmpty()) {
            throw new InvalidValue("至少应有一项");
        }
        if (names.size() > maxItems) {
            throw new InvalidValue("不能超过 " + maxItems + " 项");
        }
        return new ArrayList<>(names);
    }

    static List<?> items(Object raw) {
        if (raw instanceof List<?> list) {
            return list;
        }
        if (raw instanceof SpinJsonNode node) {
            if (!node.isArray()) {
                throw new InvalidValue("应为名称列表");
            }
            return node.elements().stream().map(e -> e.isString() ? e.stringValue() : null).toList();
        }
        if (raw instanceof String text) {
            String value = text.strip();
            if (value.startsWith("[")) {
                try {
                    return JSON.readValue(value, List.class);
                } catch (IOException notJson) {
                    throw new InvalidValue("应为名称列表，例如 [\"应急管理局\", \"住房和城乡建设局\"]");
                }
            }
            return List.of(SEPARATORS.split(value));
        }
        throw new InvalidValue("应为名称列表，例如 [\"应急管理局\", \"住房和城乡建设局\"]");
    }
}
