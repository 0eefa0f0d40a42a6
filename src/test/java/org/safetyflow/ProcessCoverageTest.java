package org.safetyflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The suite's process coverage, with a minimum: every flow node and sequence flow of every model under
 * {@code processes/} is passed by some test of this run (process-test-coverage's reports in
 * {@code target/process-test-coverage}, written by each {@code @EngineTest} class). Runs last.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageTest {

    /** The share of each model's flow nodes and sequence flows the suite must pass. */
    static final double MINIMUM = 1.0;

    @Test
    void shouldPassEveryFlowNodeAndSequenceFlowOfEveryModel() throws IOException {
        Map<String, Set<String>> passed = passedInThisRun();
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path file : models.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (Process process : model.getModelElementsByType(Process.class)) {
                    Set<String> elements = new HashSet<>();
                    model.getModelElementsByType(FlowNode.class).forEach(node -> elements.add(node.getId()));
                    model.getModelElementsByType(SequenceFlow.class).forEach(flow -> elements.add(flow.getId()));
                    Set<String> missed = new HashSet<>(elements);
                    missed.removeAll(passed.getOrDefault(process.getId(), Set.of()));
                    double coverage = 1.0 - (double) missed.size() / elements.size();
                    System.out.printf("process coverage %-28s %5.1f%% of %d elements%n", process.getId(), 100 * coverage, elements.size());
                    assertThat(coverage).as(process.getId() + " misses " + missed).isGreaterThanOrEqualTo(MINIMUM);
                }
            }
        }
    }

    private static Map<String, Set<String>> passedInThisRun() throws IOException {
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        Map<String, Set<String>> passed = new HashMap<>();
        Path reports = Path.of("target/process-test-coverage");
        assertThat(reports).as("no process test wrote a coverage report").isDirectory();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(reports)) {
            for (Path report : files.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
                if (Files.getLastModifiedTime(report).toMillis() < started) {
                    continue;
                }
                for (JsonNode event : json.readTree(report.toFile()).findValues("events")) {
                    event.forEach(e -> passed.computeIfAbsent(e.path("modelKey").asText(), key -> new HashSet<>())
                            .add(e.path("definitionKey").asText()));
                }
            }
        }
        return passed;
    }
}
