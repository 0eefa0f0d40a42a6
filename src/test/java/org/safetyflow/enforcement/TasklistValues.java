package org.safetyflow.enforcement;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Values as Camunda Tasklist submits a form's fields over {@code /engine-rest/task/{id}/submit-form}. */
final class TasklistValues {

    private TasklistValues() {
    }

    /**
     * A checklist: the ticked values as JSON text, typed as Tasklist types it — {@code Object} (a serialized Java list),
     * {@code Json}, or {@code Null} (when the step's variable was declared null where the form read it).
     */
    static String checklist(String type, String... values) {
        String list = Arrays.stream(values).map(value -> "\\\"" + value + "\\\"").collect(Collectors.joining(", ", "[", "]"));
        String valueInfo = switch (type) {
            case "Object" -> ", \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"application/json\"}";
            case "Null" -> ", \"valueInfo\": {}";
            default -> "";
        };
        return "{\"type\": \"" + type + "\", \"value\": \"" + list + "\"" + valueInfo + "}";
    }
}
