package io.github.xenpool.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shape of pool-rules and pool-testkit, checked on their compiled classes. */
class ArchitectureTest {

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.xenpool.rules");

    private static final JavaClasses TESTKIT = new ClassFileImporter()
            .importPackages("io.github.xenpool.testkit");

    private static final PublicApi RULES_API = PublicApi.of("io.github.xenpool.rules");

    private static final PublicApi TESTKIT_API = PublicApi.ofAutomaticModule(
            "io.github.xenpool.testkit", Set.of("io.github.xenpool.testkit"));

    @Test
    void everyPublicTypeStatesItsStatus() {
        RULES_API.everyPublicTypeStatesItsStatus().check(RULES);
        TESTKIT_API.everyPublicTypeStatesItsStatus().check(TESTKIT);
    }

    @Test
    void publicTypesOutsideTheExportsAreInternal() {
        RULES_API.publicTypesOutsideTheExportsAreInternal().check(RULES);
        TESTKIT_API.publicTypesOutsideTheExportsAreInternal().check(TESTKIT);
    }

    @Test
    void theApiNamesNoInternalType() {
        RULES_API.theApiNamesNoInternalType().check(RULES);
        TESTKIT_API.theApiNamesNoInternalType().check(TESTKIT);
    }

    @Test
    void stableTypesNameNoExperimentalOrInternalType() {
        // A stable method that returns a newer type says so with an @API of its own.
        RULES_API.stableTypesNameNoExperimentalOrInternalType(Set.of()).check(RULES);
    }

    @Test
    void reportsAndViolationsAreImmutable() {
        // picocli sets the options of the command line's commands into their fields.
        fields().that().areDeclaredInClassesThat().resideOutsideOfPackages("..internal..", "..rules.cli..")
                .and().areDeclaredInClassesThat().haveSimpleNameNotEndingWith("Builder")
                .and().areNotStatic()
                .should().beFinal()
                .check(RULES);
    }

    @Test
    void onlyTheCommandLineUsesPicocli() {
        noClasses().that().resideOutsideOfPackage("io.github.xenpool.rules.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .because("picocli is an optional dependency that only the command line needs")
                .check(RULES);
    }

    @Test
    void nothingButTheCommandLineDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("io.github.xenpool.rules.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.github.xenpool.rules.cli..")
                .because("the library must work without picocli; the command line sits on top of it")
                .check(RULES);
    }

    @Test
    void theRulesNeverDependOnTheTestkit() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.xenpool.testkit..")
                .because("pool-testkit is a test-scope dependency of pool-rules")
                .check(RULES);
    }

    @Test
    void theTestkitKnowsNothingOfRules() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.github.xenpool.rules..")
                .because("pool-testkit generates model values; rules are what it helps to test")
                .check(TESTKIT);
    }

    @Test
    void ruleDomainsDoNotDependOnEachOther() {
        SlicesRuleDefinition.slices()
                .matching("io.github.xenpool.rules.(cpu|pool|network|clock|vm|storage|software|licence|security)..")
                .should().notDependOnEachOther()
                .check(RULES);
    }

    @Test
    void theEngineDoesNotKnowTheShippedRules() {
        noClasses().that().resideInAPackage("io.github.xenpool.rules")
                .should().dependOnClassesThat().resideInAnyPackage("..rules.cpu..", "..rules.pool..",
                        "..rules.network..", "..rules.clock..", "..rules.vm..", "..rules.storage..",
                        "..rules.software..", "..rules.licence..", "..rules.security..", "..rules.sets..")
                .because("rules plug into the engine, not the other way round")
                .check(RULES);
    }

    @Test
    void ruleImplementationsAreHiddenBehindTheirFactories() {
        classes().that().resideInAnyPackage("..rules.cpu..", "..rules.pool..", "..rules.network..",
                        "..rules.clock..", "..rules.vm..", "..rules.storage..", "..rules.software..",
                        "..rules.licence..", "..rules.security..")
                .and().haveSimpleNameEndingWith("Rule")
                .should().notBePublic()
                .check(RULES);
    }

    @Test
    void onlyTheJsonDocumentsAndTheCommandLineUseJackson() {
        noClasses().that().resideOutsideOfPackages("..rules.json..", "..rules.cli..")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .because("Jackson is an optional dependency of pool-rules, needed only by its JSON documents")
                .check(RULES);
    }

    @Test
    void theEntryPointsOfTheJsonDocumentsLoadWithoutJackson() {
        noClasses().that().haveFullyQualifiedName("io.github.xenpool.rules.json.ReportJson")
                .or().haveFullyQualifiedName("io.github.xenpool.rules.json.FleetJson")
                .or().haveFullyQualifiedName("io.github.xenpool.rules.json.JacksonRequirement")
                .or().haveFullyQualifiedName("io.github.xenpool.rules.json.Schemas")
                .should().dependOnClassesThat().resideInAPackage("tools.jackson..")
                .because("they must load and say what is missing when Jackson is not there")
                .check(RULES);
    }
}
