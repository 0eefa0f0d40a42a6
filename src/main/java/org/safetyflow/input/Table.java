package org.safetyflow.input;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Rows typed one per line, cells separated by "；", ";" or "|", stored as a JSON list of objects. */
record Table(int maxRows, List<String> columns) implements FieldType {

    private static final FieldType DAY = FieldType.date();
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*[；;|｜]\\s*");

    @Override
    public Object convert(Object raw, Clock clock) {
        if (raw instanceof List<?> list && list.stream().allMatch(row -> row instanceof Map<?, ?>)) {
            return list;
        }
        if (!(raw instanceof String text) || text.isBlank()) {
            throw new InvalidValue("应逐行填写，每行 " + columns.size() + " 项，用“；”分隔");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\\r?\\n")) {
            if (line.isBlank()) {
                continue;
            }
            number++;
            String[] cells = CELL_SEPARATOR.split(line.strip(), -1);
            if (cells.length != columns.size()) {
                throw new InvalidValue("第 " + number + " 行应有 " + columns.size() + " 项（用“；”分隔），实有 " + cells.length + " 项");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                String cell = cells[i].strip();
                if (cell.isEmpty()) {
                    throw new InvalidValue("第 " + number + " 行第 " + (i + 1) + " 项不能为空");
                }
                if (columns.get(i).endsWith("Date")) {
                    try {
                        cell = DAY.convert(cell, clock).toString();
                    } catch (InvalidValue notADay) {
                        throw new InvalidValue("第 " + number + " 行第 " + (i + 1) + " 项" + notADay.getMessage());
                    }
                }
                row.put(columns.get(i), cell);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new InvalidValue("至少应有一行");
        }
        if (rows.size() > maxRows) {
            throw new InvalidValue("不能超过 " + maxRows + " 行");
        }
        return rows;
    }
}
