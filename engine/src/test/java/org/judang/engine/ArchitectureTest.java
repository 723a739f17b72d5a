package org.judang.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of STYLE.md, as a test: the engine knows nothing of JavaFX or of the shells around it. */
class ArchitectureTest {
    static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.judang.engine");

    @Test
    void theEngineDoesNotUseJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.testfx..").check(ENGINE);
    }

    @Test
    void theEngineDoesNotDependOnTheUiOrTheApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.judang.ui..", "org.judang.app..").check(ENGINE);
    }

    @Test
    void algorithmsDoNotTouchTheDatabase() {
        noClasses().that().resideInAnyPackage("org.judang.engine.cluster..", "org.judang.engine.vector..", "org.judang.engine.model..",
                        "org.judang.engine.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.judang.engine.store..")
                .check(ENGINE);
    }
}
