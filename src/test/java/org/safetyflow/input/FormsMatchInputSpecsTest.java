package org.safetyflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a Tasklist form asks and what the server checks agree, for every start form and task form of every
 * model under processes/: each field the task's InputSpec requires is on the form and required there (a
 * checkbox, which always sends true or false, excepted); each
 * input on the form is a field of the spec (or the server would take it unchecked); a text field's maximum
 * length on the form is the spec's.
 */
@EngineTest
class FormsMatchInputSpecsTest {

    private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator", "group", "dynamiclist",
            "iframe", "table", "button", "expression", "documentPreview", "filepicker");
    private final ObjectMapper json = new ObjectMapper();

    @Autowired
    InputSpecs specs;

    @Test
    void shouldAskOnEveryFormWhatTheServerChecksAndNothingElse() throws IOException {
        Map<String, JsonNode> forms = forms();
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (Path model : models()) {
            BpmnModelInstance bpmn;
            try (InputStream in = Files.newInputStream(model)) {
                bpmn = Bpmn.readModelFromStream(in);
            }
            for (Process process : bpmn.getModelElementsByType(Process.class)) {
                String key = process.getId();
                for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
                    compared += compare(key + " start", start.getCamundaFormRef(), specs.forStart(key), forms, mismatches);
                }
                for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
                    if (isIn(task, process)) {
                        compared += compare(key + " " + task.getId(), task.getCamundaFormRef(), specs.forTask(key, task.getId()), forms, mismatches);
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(40);
        assertThat(mismatches).isEmpty();
    }

    private int compare(String where, String formRef, Optional<InputSpec> spec, Map<String, JsonNode> forms, List<String> mismatches) {
        if (formRef == null || spec.isEmpty()) {
            return 0;
        }
        JsonNode form = forms.get(formRef);
        if (form == null) {
            mismatches.add(where + ": no form " + formRef);
            return 1;
        }
        Map<String, JsonNode> inputs = new HashMap<>();
        collectInputs(form, inputs);
        Map<String, InputSpec.Field> fields = new HashMap<>();
        spec.get().fields().forEach(field -> fields.put(field.name(), field));
        for (InputSpec.Field field : fields.values()) {
            JsonNode input = inputs.get(field.name());
            if (input == null) {
                if (field.required()) {
                    mismatches.add(where + ": required " + field.name() + " is not on form " + formRef);
                }
                continue;
            }
            // A checkbox always sends true or false: "required" on it would mean "must be ticked".
            boolean alwaysSent = field.type() instanceof Flag && "checkbox".equals(input.path("type").asText());
            if (field.required() && !alwaysSent && !input.path("validate").path("required").asBoolean(false)) {
                mismatches.add(where + ": " + field.name() + " is required by the server but not on form " + formRef);
            }
            if (field.type() instanceof Text text && input.path("validate").has("maxLength")
                    && input.path("validate").path("maxLength").asInt() != text.maxLength()) {
                mismatches.add(where + ": " + field.name() + " allows " + input.path("validate").path("maxLength").asInt()
                        + " characters on form " + formRef + " but " + text.maxLength() + " on the server");
            }
        }
        for (String name : inputs.keySet()) {
            if (!fields.containsKey(name)) {
                mismatches.add(where + ": form " + formRef + " asks " + name + ", which the server does not check");
            }
        }
        return 1;
    }

    private static void collectInputs(JsonNode node, Map<String, JsonNode> inputs) {
        for (JsonNode component : node.path("components")) {
            String type = component.path("type").asText();
            if (component.hasNonNull("key") && !DISPLAY_ONLY.contains(type)) {
                inputs.put(component.path("key").asText(), component);
            }
            collectInputs(component, inputs);
        }
    }

    private static boolean isIn(UserTask task, Process process) {
        for (var parent = task.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent == process) {
                return true;
            }
        }
        return false;
    }

    @Test
    void shouldKeepEveryTimeAFormAsksForToTheMinute() throws IOException {
        int times = 0;
        for (JsonNode form : forms().values()) {
            for (JsonNode field : form.findParents("subtype")) {
                if (field.path("subtype").asText().equals("datetime") || field.path("subtype").asText().equals("time")) {
                    // 事故条例§9's one hour is counted in minutes: a 15-minute picker would store 08:20 as 08:15.
                    assertThat(field.path("timeInterval").asInt()).as(form.path("id").asText() + " " + field.path("key").asText()).isEqualTo(1);
                    times++;
                }
            }
        }
        assertThat(times).isGreaterThanOrEqualTo(11);
    }

    private Map<String, JsonNode> forms() throws IOException {
        Map<String, JsonNode> forms = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                forms.put(form.path("id").asText(), form);
            }
        }
        return forms;
    }

    private static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
        }
    }
}
