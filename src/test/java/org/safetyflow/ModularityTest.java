package org.safetyflow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is a module (the capabilities and the small kernel); a module uses only what
 * another exposes (its top package, or a named interface such as calendar's {@code engine}), and no two
 * depend on each other in a cycle. The module diagrams (C4, PlantUML) are written to
 * target/spring-modulith-docs; the committed copy is docs/modules/.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SafetyFlowApplication.class);

    @Test
    void shouldKeepTheModulesApart() {
        MODULES.verify();
    }

    @Test
    void shouldDrawTheModules() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
