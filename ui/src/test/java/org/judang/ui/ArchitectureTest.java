package org.judang.ui;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The UI talks to the engine through its facade and the values it returns, never through its internals. */
class ArchitectureTest {
    static final JavaClasses UI = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.judang.ui");

    @Test
    void theUiDoesNotReachIntoTheEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.judang.engine.store..", "org.judang.engine.vector..",
                "org.judang.engine.ingest.BatchImporter", "org.judang.engine.message..").check(UI);
        noClasses().should().callConstructor(org.judang.engine.archive.Corrections.class, org.judang.engine.store.CaseStore.class, String.class).check(UI);
    }

    @Test
    void theUiKnowsNothingOfTheApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.judang.app..").check(UI);
    }
}
