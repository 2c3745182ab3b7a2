package io.github.xenpool.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.validation.InvalidModelException;
import io.github.xenpool.core.validation.ModelValidator;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.Verdict;
import io.github.xenpool.rules.json.ReportJson;
import io.github.xenpool.rules.json.XenpoolJsonModule;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.Hosts;
import io.github.xenpool.testkit.JoinCases;
import io.github.xenpool.testkit.Mutation;
import io.github.xenpool.testkit.Pools;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** xenpool's public API, used from a named module with every xenpool jar on the module path. */
class ModulePathTest {

    @Test
    void everyModuleIsNamedAsUsersRequireIt() {
        assertEquals("io.github.xenpool.modulepath", getClass().getModule().getName());
        assertEquals("io.github.xenpool.core", Pool.class.getModule().getName());
        assertEquals("io.github.xenpool.rules", RuleSets.class.getModule().getName());
        assertEquals("io.github.xenpool.testkit", Hosts.class.getModule().getName());
        assertTrue(Hosts.class.getModule().getDescriptor().isAutomatic());
    }

    @Test
    void buildsAPoolAndEvaluatesAJoin() {
        qt().withExamples(10).forAll(JoinCases.mutated(Mutation.RUNNING_VM)).checkAssert(c -> {
            JoinReport report = RuleSets.xenServer56().evaluate(c.pool(), c.host());

            assertEquals(Verdict.BLOCKED, report.verdict());
            assertFalse(report.violations().isEmpty());
        });
        assertEquals("0000000f-00000000", FeatureSet.parse("0000000f").intersect(FeatureSet.parse("ffffffff-0"
                + "0000000")).toString());
    }

    @Test
    void theTestkitGeneratesHostsThatJoinTheirPool() {
        // No host joins a pool with HA on, so the pools here have it off.
        qt().withExamples(20).forAll(Pools.homogeneous(1, 4).map(pool -> pool.toBuilder().haEnabled(false).build()))
                .checkAssert(pool -> qt().withExamples(1)
                .forAll(Hosts.compliantWith(pool))
                .checkAssert(host -> assertFalse(RuleSets.xenServer56().evaluate(pool, host).verdict()
                        == Verdict.BLOCKED)));
    }

    @Test
    void theModelValidatorReportsAndTheBuildersRefuse() {
        qt().withExamples(10).forAll(JoinCases.compliant()).checkAssert(c ->
                assertEquals(Set.of(), Set.copyOf(ModelValidator.shared().validate(c.host()))));
        assertThrows(InvalidModelException.class, () -> Host.builder().hostname("bad_name").build());
    }

    @Test
    void theJoinableIntoBridgeWorksWithHibernateValidator() {
        Validator validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();

        qt().withExamples(10).forAll(JoinCases.compliant()).checkAssert(c -> assertEquals(Set.of(),
                validator.validate(new PlannedJoin(c.pool(), c.host()))));
        qt().withExamples(10).forAll(JoinCases.mutated(Mutation.RUNNING_VM)).checkAssert(c -> assertFalse(
                validator.validate(new PlannedJoin(c.pool(), c.host())).isEmpty()));
    }

    @Test
    void writesTheJsonDocumentOfAReportAndReadsItsSchemaFromTheModule() {
        JsonMapper mapper = JsonMapper.builder().addModule(new XenpoolJsonModule()).build();
        qt().withExamples(1).forAll(JoinCases.mutated(Mutation.RUNNING_VM)).checkAssert(c -> {
            JoinReport report = RuleSets.xenServer56().evaluate(c.pool(), c.host());
            assertTrue(ReportJson.write(report).startsWith("{\n  \"document\": \"xenpool.report\",\n"));
            assertEquals(ReportJson.writeLine(report), mapper.writeValueAsString(report) + "\n");
        });
        assertTrue(ReportJson.schema().contains("\"$id\": \"" + ReportJson.SCHEMA_ID + "\""));
    }
}
