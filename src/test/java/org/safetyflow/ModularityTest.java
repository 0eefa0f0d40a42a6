package org.safetyflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module (the capabilities and the small kernel); a module uses only what
 * another exposes (its top package, or a named interface such as calendar's {@code engine}), and no two
 * depend on each other in a cycle. The module diagrams (C4, PlantUML) are written to
 * target/spring-modulith-docs; the committed copy in docs/modules/ must show the same.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SafetyFlowApplication.class);

    @Test
    void shouldKeepTheModulesApart() {
        MODULES.verify();
    }

    @Test
    void shouldDrawTheModulesAsTheCommittedDiagramsShowThem() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        try (Stream<Path> generated = Files.list(Path.of("target/spring-modulith-docs"))) {
            for (Path diagram : generated.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Path committed = Path.of("docs/modules").resolve(diagram.getFileName());
                // The documenter writes the same relations in varying order: compare them as sets.
                assertThat(committed).as("docs/modules lacks " + diagram.getFileName() + ": copy " + diagram).exists();
                assertThat(Set.copyOf(Files.readAllLines(committed))).as(committed + " is out of date: copy " + diagram)
                        .isEqualTo(Set.copyOf(Files.readAllLines(diagram)));
            }
        }
    }
}
