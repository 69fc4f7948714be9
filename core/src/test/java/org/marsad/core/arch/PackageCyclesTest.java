package org.marsad.core.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of core and model form no cycle: each package is one slice, so {@code text} using {@code lex} and
 * {@code lex} using {@code text} fails, and so does any longer loop (docs/architecture.md gives the layering).
 * Main classes only: a test may reach across packages.
 */
class PackageCyclesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marsad.core", "org.marsad.model");

    @Test
    void noPackageCycles() {
        slices().matching("org.marsad.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /** The rule above can fail: two packages that use each other are reported. */
    @Test
    void theRuleSeesACycle() {
        JavaClasses loop = new ClassFileImporter().importClasses(org.marsad.core.arch.cycle.a.A.class,
                org.marsad.core.arch.cycle.b.B.class);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> slices().matching("org.marsad.core.arch.cycle.(*)..").should().beFreeOfCycles().check(loop));
    }
}
