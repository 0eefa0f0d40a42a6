package org.safetyflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared kernel serves the capabilities and never reaches into them. */
class ArchitectureTest {

    private static final String[] KERNEL = {"org.safetyflow.input..", "org.safetyflow.calendar..", "org.safetyflow.security..", "org.safetyflow.web..",
            "org.safetyflow.storage..", "org.safetyflow.http..", "org.safetyflow.rules..", "org.safetyflow.registry..", "org.safetyflow.casefile..", "org.safetyflow.disclosure.."};
    private static final String[] CAPABILITIES = {"org.safetyflow.intake..", "org.safetyflow.inbox..",
            "org.safetyflow.licensing..", "org.safetyflow.simultaneity..", "org.safetyflow.hazard..",
            "org.safetyflow.accident..", "org.safetyflow.evaluation..", "org.safetyflow.enforcement..", "org.safetyflow.audit.."};
    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.safetyflow");

    @Test
    void kernelShouldNotDependOnAnyCapability() {
        noClasses().that().resideInAnyPackage(KERNEL)
                .should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES).check(MAIN_CLASSES);
    }

    @Test
    void domainCodeShouldNotKnowHttp() {
        noClasses().that().resideOutsideOfPackage("org.safetyflow.web..")
                .should().dependOnClassesThat().resideInAPackage("org.safetyflow.web..").check(MAIN_CLASSES);
        noClasses().that().resideInAPackage("org.safetyflow.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta..").check(MAIN_CLASSES);
    }

    @Test
    void intakeShouldNotDependOnTheInbox() {
        noClasses().that().resideInAPackage("org.safetyflow.intake..")
                .should().dependOnClassesThat().resideInAPackage("org.safetyflow.inbox..").check(MAIN_CLASSES);
    }

    @Test
    void calendarRulesShouldBeFreeOfSpringAndTheEngine() {
        noClasses().that().resideInAPackage("org.safetyflow.calendar")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..").check(MAIN_CLASSES);
    }
}
