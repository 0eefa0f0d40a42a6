package org.safetyflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.safetyflow.testing.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An optional field left out (a REST client may leave it out; Tasklist's checkboxes always send it) is simply absent:
 * no condition of a model names an optional field of its process bare — {@code ${expertGradingRequested == true}}
 * fails with "Unknown property" when it is absent — but reads it null-safely,
 * {@code ${execution.getVariable('expertGradingRequested') == true}}, unless a listener gives it its default first.
 */
@EngineTest
class OptionalFieldsInModelsTest {

    /** Optional fields that are always there when a condition reads them: a listener or a rule sees to it. */
    private static final Map<String, String> DEFAULTED = Map.of(
            "urgent", "enforcement.CoerciveSteps sets it to false when not sent",
            "typical", "accident.AccidentReportReceived sets it to false when not sent",
            "findings", "required unless the inspection was refused, then enforcement.InspectionRecording sets it to REFUSED");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{(.*?)}", Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![.'\"\\w])([A-Za-z_][A-Za-z0-9_]*)(?![\\w'\"(])");

    @Autowired
    InputSpecs specs;

    @Test
    void shouldReadOptionalFieldsNullSafelyInEveryCondition() throws IOException {
        List<String> bare = new ArrayList<>();
        int conditions = 0;
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance bpmn;
                try (InputStream in = Files.newInputStream(model)) {
                    bpmn = Bpmn.readModelFromStream(in);
                }
                for (Process process : bpmn.getModelElementsByType(Process.class)) {
                    Set<String> optional = optionalFields(process.getId());
                    for (ConditionExpression condition : bpmn.getModelElementsByType(ConditionExpression.class)) {
                        conditions++;
                        Matcher expression = EXPRESSION.matcher(condition.getTextContent());
                        while (expression.find()) {
                            Matcher name = IDENTIFIER.matcher(expression.group(1));
                            while (name.find()) {
                                if (optional.contains(name.group(1)) && !DEFAULTED.containsKey(name.group(1))) {
                                    bare.add(model.getFileName() + ": " + condition.getTextContent().strip() + " names optional " + name.group(1));
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(conditions).isGreaterThan(50);
        assertThat(bare).isEmpty();
    }

    /** The fields that some spec of the process leaves optional and none requires. */
    private Set<String> optionalFields(String processKey) {
        List<InputSpec> ofProcess = specs.all().stream().filter(s -> s.processKey().equals(processKey)).toList();
        Set<String> required = ofProcess.stream().flatMap(s -> s.fields().stream()).filter(InputSpec.Field::required)
                .map(InputSpec.Field::name).collect(Collectors.toSet());
        return ofProcess.stream().flatMap(s -> s.fields().stream()).filter(f -> !f.required() && !required.contains(f.name()))
                .map(InputSpec.Field::name).collect(Collectors.toSet());
    }
}
