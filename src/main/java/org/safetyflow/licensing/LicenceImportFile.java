package org.safetyflow.licensing;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safetyflow.rules.Refusal;

/**
 * A bureau's licence list as a CSV file (UTF-8, saved from a spreadsheet), read into the register's
 * fields: the first line names the columns, in Chinese as a spreadsheet has them (许可证编号, 许可类别,
 * 统一社会信用代码, 企业名称, 管辖区划, 有效期起, 有效期至) or by the API's names; the 许可类别 by code or by
 * its Chinese name; dates as 2025-01-15, 2025/1/15, 2025.1.15 or 2025年1月15日.
 */
final class LicenceImportFile {

    static final Map<String, String> COLUMNS = Map.of("许可证编号", "licenceNumber", "许可类别", "licenceType",
            "统一社会信用代码", "enterpriseCreditCode", "企业名称", "enterpriseName", "管辖区划", "jurisdiction",
            "有效期起", "validFrom", "有效期至", "validUntil");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    private LicenceImportFile() {
    }

    /** The rows, each as the register's request; a file that is not UTF-8 CSV with the columns is a refusal. */
    static List<Map<String, Object>> read(byte[] body) {
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (lines.hasNext()) {
                Map<String, String> line = lines.next();
                if (rows.isEmpty() && !line.isEmpty()) {
                    requireColumns(line.keySet());
                }
                if (line.values().stream().allMatch(value -> value == null || value.isBlank())) {
                    continue;
                }
                rows.add(row(line));
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof Refusal refusal) {
                throw refusal;
            }
            throw Refusal.invalid("无法读取 CSV 文件（第一行为列名，逗号分隔，含逗号的值加英文双引号）：" + firstLine(unreadable.getMessage()));
        }
        return rows;
    }

    private static void requireColumns(Iterable<String> headers) {
        List<String> known = new ArrayList<>();
        for (String header : headers) {
            String key = key(header);
            if (key != null) {
                known.add(key);
            }
        }
        List<String> missing = new ArrayList<>();
        COLUMNS.forEach((label, key) -> {
            if (!known.contains(key)) {
                missing.add(label);
            }
        });
        if (!missing.isEmpty()) {
            throw Refusal.invalid("CSV 文件第一行缺少列：" + String.join("、", missing.stream().sorted(LicenceImportFile::columnOrder).toList())
                    + "（应为：许可证编号,许可类别,统一社会信用代码,企业名称,管辖区划,有效期起,有效期至）");
        }
    }

    private static int columnOrder(String a, String b) {
        List<String> order = List.of("许可证编号", "许可类别", "统一社会信用代码", "企业名称", "管辖区划", "有效期起", "有效期至");
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private static Map<String, Object> row(Map<String, String> line) {
        Map<String, Object> row = new LinkedHashMap<>();
        line.forEach((header, value) -> {
            String key = key(header);
            if (key != null && value != null && !value.isBlank()) {
                row.put(key, normalise(key, value.strip()));
            }
        });
        return row;
    }

    private static String key(String header) {
        String name = header == null ? "" : header.strip();
        if (COLUMNS.containsKey(name)) {
            return COLUMNS.get(name);
        }
        return COLUMNS.containsValue(name) ? name : null;
    }

    private static String normalise(String key, String value) {
        if (key.equals("licenceType")) {
            for (Map.Entry<String, String> type : LicenceTypes.NAMES.entrySet()) {
                if (type.getValue().equals(value) || type.getValue().replace("安全生产许可证", "").equals(value)) {
                    return type.getKey();
                }
            }
        }
        if (key.equals("validFrom") || key.equals("validUntil")) {
            Matcher date = DATE.matcher(value);
            if (date.matches()) {
                return String.format("%s-%02d-%02d", date.group(1), Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3)));
            }
        }
        return value;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw Refusal.invalid("CSV 文件应为 UTF-8 编码（在表格软件中“另存为 CSV UTF-8”），本文件不是（可能是 GBK）");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
