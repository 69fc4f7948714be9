package org.marsad.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * No package of any module uses a package that uses it back, over every module at once: cli depends on all the
 * others but spark and jmh, which are one package each (a module's packages can only reach the modules below it,
 * so a single package cannot close a loop). Each package is one slice ({@code store} and {@code store.search} are
 * two). Main classes only: a test may reach across packages. The other modules come as folders under {@code mvn
 * test} and as jars under {@code mvn verify}: both are read (only {@code org.marsad} packages). core's {@code PackageCyclesTest} shows the rule
 * fails on a cycle.
 */
class ModulePackageCyclesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.marsad");

    @Test
    void noPackageCyclesInAnyModule() {
        slices().matching("org.marsad.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /** The rule above sees every module's classes (a module missing from the class path would pass unseen). */
    @Test
    void everyModuleIsImported() {
        Set<String> modules = new TreeSet<>();
        for (JavaClass c : MAIN) {
            String[] parts = c.getPackageName().split("\\.");
            if (parts.length > 2) {
                modules.add(parts[2]);
            }
        }
        assertEquals(new TreeSet<>(Set.of("bench", "cli", "core", "eval", "export", "learn", "model", "server",
                "store", "watch")), modules);
    }
}
