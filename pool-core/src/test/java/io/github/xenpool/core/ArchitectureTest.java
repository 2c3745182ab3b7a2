package io.github.xenpool.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shape of pool-core, checked on its compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.xenpool.core");

    private static final PublicApi API = PublicApi.of("io.github.xenpool.core");

    @Test
    void modelClassesHaveOnlyFinalFields() {
        fields().that().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
                .and().areNotStatic()
                .should().beFinal()
                .because("model values are immutable")
                .check(CORE);
    }

    @Test
    void modelClassesCannotBeSubclassed() {
        classes().that().resideOutsideOfPackage("..internal..")
                .and().areNotInterfaces().and().areNotEnums().and().areNotAnnotations()
                .and().arePublic()
                .should().haveModifier(JavaModifier.FINAL)
                .because("a subclass could break a value's immutability")
                .check(CORE);
    }

    @Test
    void everyPublicTypeStatesItsStatus() {
        API.everyPublicTypeStatesItsStatus().check(CORE);
    }

    @Test
    void publicTypesOutsideTheExportsAreInternal() {
        API.publicTypesOutsideTheExportsAreInternal().check(CORE);
    }

    @Test
    void theApiNamesNoInternalType() {
        API.theApiNamesNoInternalType().check(CORE);
    }

    @Test
    void stableTypesNameNoExperimentalOrInternalType() {
        // A stable method that takes a newer type says so with an @API of its own.
        API.stableTypesNameNoExperimentalOrInternalType(Set.of()).check(CORE);
    }

    @Test
    void poolCoreDependsOnNoOtherModuleOfOurs() {
        noClasses().that().resideInAPackage("io.github.xenpool.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.github.xenpool.rules..", "io.github.xenpool.testkit..")
                .check(CORE);
    }

    @Test
    void domainPackagesHaveNoCycles() {
        SlicesRuleDefinition.slices().matching("io.github.xenpool.core.(*)..")
                .should().beFreeOfCycles()
                .check(CORE);
    }

    @Test
    void domainConceptsDoNotDependOnThePoolLevel() {
        noClasses().that().resideInAnyPackage("..core.cpu..", "..core.network..", "..core.software..",
                        "..core.storage..", "..core.vm..", "..core.validation..")
                .should().dependOnClassesThat().resideInAPackage("io.github.xenpool.core")
                .because("pools and hosts are built from CPUs, software, network, storage and VMs, not the reverse")
                .check(CORE);
    }
}
