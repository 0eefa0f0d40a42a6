package org.safetyflow.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variables of a request to the engine's REST API ({@code {"name": {"type": …, "value": …}}}) as the
 * plain Java values an {@link InputSpec} checks, and the normalized values written back in their place.
 */
final class RestVariables {

    private static final Set<String> OPAQUE_TYPES = Set.of("Json", "Xml", "Object", "Bytes", "File", "Null");
    private static final Set<String> JSON_TYPES = Set.of("Json", "Object");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RestVariables() {
    }

    /**
     * The values the spec checks, as plain Java values. A variable of an opaque type (Json, Xml, File,
     * Bytes, Object) that the spec does not declare is not among them and goes on unchanged; a declared
     * field sent that way must be a JSON list (a list field), anything else is refused.
     */
    static Map<String, Object> rawValues(ObjectNode variables, InputSpec spec) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (var fields = variables.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = fields.next();
            JsonNode dto = entry.getValue();
            String type = dto.path("type").asText("");
            if (!OPAQUE_TYPES.contains(type)) {
                raw.put(entry.getKey(), javaValue(dto.path("value"), type));
                continue;
            }
            // A list sent as Json, or as an Object serialized to JSON: checked as the list it is.
            Optional<List<Object>> list = JSON_TYPES.contains(type) && dto.path("value").isTextual()
                    ? listValue(dto.path("value").asText()) : Optional.empty();
            if (list.isPresent()) {
                raw.put(entry.getKey(), list.get());
            } else if (spec.declares(entry.getKey())) {
                throw new InvalidInputException(entry.getKey(), "「" + entry.getKey() + "」不能以 " + type + " 类型提交");
            }
        }
        return raw;
    }

    private static Optional<List<Object>> listValue(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isArray()) {
                List<Object> items = new ArrayList<>();
                node.forEach(item -> items.add(item.isTextual() ? item.asText() : item.toString()));
                return Optional.of(items);
            }
        } catch (IOException notJson) {
            // left to the engine, which refuses what it cannot read
        }
        return Optional.empty();
    }

    private static Object javaValue(JsonNode value, String declaredType) {
        if (value.isTextual()) {
            String text = value.asText();
            boolean numeric = Set.of("Integer", "Long", "Short", "Double").contains(declaredType);
            if (numeric && text.strip().matches("-?\\d+(\\.\\d+)?")) {
                return new BigDecimal(text.strip());
            }
            if ("Boolean".equals(declaredType) && (text.equals("true") || text.equals("false"))) {
                return Boolean.valueOf(text);
            }
            return text;
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? value.longValue() : value.decimalValue();
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return value.isMissingNode() || value.isNull() ? null : value.toString();
    }

    /** The normalized values in place of the sent ones; what the spec dropped (blank optional fields) removed. */
    /**
     * A list Tasklist sends as a JSON-serialized Object names whatever Java type it guessed (a form-js taglist
     * offered from a list of options arrives as {@code ArrayList<LinkedHashMap>}): it is stored as the list
     * it was checked to be, named by what it holds.
     */
    private static boolean isJsonObject(ObjectNode dto) {
        return "Object".equals(dto.path("type").asText("")) && "application/json".equals(dto.path("valueInfo").path("serializationDataFormat").asText(""));
    }

    private static ObjectNode jsonList(List<?> list) {
        String element = list.stream().allMatch(String.class::isInstance) ? "java.lang.String"
                : list.stream().allMatch(Map.class::isInstance) ? "java.util.LinkedHashMap<java.lang.String,java.lang.Object>" : "java.lang.Object";
        ObjectNode typed = JSON.createObjectNode();
        try {
            typed.put("type", "Object").put("value", JSON.writeValueAsString(list));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checked list cannot be written as JSON", e);
        }
        typed.putObject("valueInfo").put("objectTypeName", "java.util.ArrayList<" + element + ">")
                .put("serializationDataFormat", "application/json");
        return typed;
    }

    static void writeBack(ObjectNode variables, Set<String> checked, Map<String, Object> normalized) {
        for (var names = variables.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (checked.contains(name) && !normalized.containsKey(name)) {
                names.remove();
            }
        }
        normalized.forEach((name, value) -> {
            if (value instanceof List<?> list && variables.get(name) instanceof ObjectNode dto && isJsonObject(dto)) {
                variables.set(name, jsonList(list));
                return;
            }
            if (!(variables.get(name) instanceof ObjectNode dto) || OPAQUE_TYPES.contains(dto.path("type").asText(""))) {
                return;
            }
            ObjectNode typed = variables.putObject(name);
            if (value instanceof Date date) {
                typed.put("type", "Date").put("value", DateTime.format(date));
            } else if (value instanceof Integer number) {
                typed.put("type", "Integer").put("value", number);
            } else if (value instanceof Long number) {
                // Exact in JSON and in the engine (a seed sent as digits), whatever type the client guessed.
                typed.put("type", "Long").put("value", number);
            } else if (value instanceof Double number) {
                typed.put("type", "Double").put("value", number);
            } else if (value instanceof Boolean flag) {
                typed.put("type", "Boolean").put("value", flag);
            } else if (value instanceof String text) {
                typed.put("type", "String").put("value", text);
            } else {
                typed.setAll(dto);
            }
        });
    }
}
