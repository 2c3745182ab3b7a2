package io.github.xenpool.rules.validation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.LevellingFixtures;
import io.github.xenpool.rules.Theories;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.rules.spi.RackPosition;
import io.github.xenpool.rules.spi.SiteRuleSetProvider;
import io.github.xenpool.testkit.JoinCases;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class JoinableIntoTest {

    /** How an application might model a planned join. */
    @JoinableInto
    record PlannedJoin(Pool pool, Host host) implements JoinRequest {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();

    private List<String> describe(Set<ConstraintViolation<PlannedJoin>> violations) {
        return violations.stream().map(v -> v.getPropertyPath() + " | " + v.getMessage()).sorted().toList();
    }

    /** The build runs these tests with Hibernate Validator 9 and again with 8 (see pom.xml). */
    @Test
    void theBridgeRunsWithTheHibernateValidatorTheBuildAskedFor() {
        String expected = System.getProperty("xenpool.validation.provider", "hibernate-validator").equals(
                "hibernate-validator-8") ? "8." : "9.";
        String version = org.hibernate.validator.HibernateValidator.class.getPackage().getImplementationVersion();

        assertTrue(version.startsWith(expected), version);
    }

    @Test
    void aJoinThatIsAllowedHasNoConstraintViolation() {
        assertEquals(Set.of(), validator.validate(new PlannedJoin(SamplePools.enterpriseIntelPool(),
                SamplePools.compliantCandidate())));
    }

    @Test
    void maskingIsNoConstraintViolation() {
        assertEquals(Set.of(), validator.validate(new PlannedJoin(SamplePools.enterpriseIntelPool(),
                SamplePools.newerIntelCandidate())));
    }

    @Test
    void eachBlockerIsAConstraintViolationWithItsPropertyPath() {
        List<String> found = describe(validator.validate(new PlannedJoin(SamplePools.enterpriseIntelPool(),
                SamplePools.troubledCandidate())));

        assertEquals(7, found.size(), String.join("\n", found));
        assertEquals(List.of(
                "host.licence",
                "host.managementInterface.addressing",
                "host.managementInterface.bonded",
                "host.software.hotfixes",
                "host.software.supplementalPacks",
                "host.vms[3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70]",
                "host.vms[3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f71]"), found.stream().map(s -> s.substring(0, s.indexOf(" | "))).toList());
        assertTrue(found.contains("host.software.hotfixes | software.patch-level: xs-07 is not at the pool's patch"
                + " level: it lacks XS56EFP1002"), String.join("\n", found));
    }

    @Test
    void aRequestWithoutAHostIsLeftToNotNull() {
        assertEquals(Set.of(), validator.validate(new PlannedJoin(SamplePools.enterpriseIntelPool(), null)));
    }

    /** A planned join checked with the levelling rule set. */
    @JoinableInto(ruleSet = "levelling")
    record PlannedLevellingJoin(Pool pool, Host host) implements JoinRequest {
    }

    private static final Pool POOL = SamplePools.enterpriseIntelPool();

    private static Vm running(String uuid, String name) {
        return Vm.builder().uuid(uuid).name(name).powerState(PowerState.RUNNING).build();
    }

    private Set<ConstraintViolation<PlannedJoin>> validate(Host host) {
        return validator.validate(new PlannedJoin(POOL, host));
    }

    private static ConstraintViolation<PlannedJoin> only(Set<ConstraintViolation<PlannedJoin>> found, String ruleId) {
        List<ConstraintViolation<PlannedJoin>> of = found.stream()
                .filter(v -> v.getMessage().startsWith(ruleId + ": ")).toList();
        assertEquals(1, of.size(), () -> "one violation of " + ruleId + " in " + found);
        return of.get(0);
    }

    /** Each node of a property path as kind, name, key and index. */
    private static List<String> nodes(ConstraintViolation<?> violation) {
        List<String> found = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            found.add(node.getKind() + " " + node.getName() + (node.isInIterable() ? " in iterable" : "")
                    + (node.getKey() == null ? "" : " key " + node.getKey())
                    + (node.getIndex() == null ? "" : " index " + node.getIndex()));
        }
        return found;
    }

    @Test
    void aRunningVmWithADottedNameIsReportedAtItsUuid() {
        String uuid = "6a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d";
        ConstraintViolation<PlannedJoin> v = only(validate(SamplePools.compliantCandidate().toBuilder()
                .vm(running(uuid, "db01.example.com")).build()), "vm.running-or-suspended");

        assertAll(
                () -> assertEquals("host.vms[" + uuid + "]", v.getPropertyPath().toString()),
                () -> assertEquals(List.of("PROPERTY host", "PROPERTY vms", "BEAN null in iterable key " + uuid),
                        nodes(v)));
    }

    @Test
    void aVmNamedDotIsReportedAtItsUuidInsteadOfBreakingValidation() {
        String uuid = "6a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3e";
        ConstraintViolation<PlannedJoin> v = only(validate(SamplePools.compliantCandidate().toBuilder()
                .vm(running(uuid, ".")).build()), "vm.running-or-suspended");

        assertEquals("host.vms[" + uuid + "]", v.getPropertyPath().toString());
    }

    @Test
    void aSharedSrWithDotsAndSpacesInItsNameIsReportedAtItsUuid() {
        StorageRepository nfs = StorageRepository.sharedNfs("7b2c3d4e-5f60-4b7c-8d9e-0f1a2b3c4d5e",
                "filer.example.com").name("NFS v4.1").build();
        ConstraintViolation<PlannedJoin> v = only(validate(SamplePools.compliantCandidate().toBuilder()
                .storageRepository(nfs).build()), "storage.shared");

        assertAll(
                () -> assertEquals("host.storage[" + nfs.uuid() + "]", v.getPropertyPath().toString()),
                () -> assertEquals(List.of("PROPERTY host", "PROPERTY storage", "BEAN null in iterable key "
                        + nfs.uuid()), nodes(v)));
    }

    @Test
    void twoRunningVmsOfOneNameAreTwoConstraintViolations() {
        String first = "6a1b2c3d-4e5f-4a6b-8c7d-000000000001";
        String second = "6a1b2c3d-4e5f-4a6b-8c7d-000000000002";
        Set<ConstraintViolation<PlannedJoin>> found = validate(SamplePools.compliantCandidate().toBuilder()
                .vm(running(first, "web.prod")).vm(running(second, "web.prod")).build());

        assertEquals(List.of("host.vms[" + first + "]", "host.vms[" + second + "]"), found.stream()
                .map(v -> v.getPropertyPath().toString()).sorted().toList());
    }

    @Test
    void aPoolSubjectIsThePoolProperty() {
        Set<ConstraintViolation<PlannedLevellingJoin>> found = validator.validate(new PlannedLevellingJoin(
                LevellingFixtures.POOL.toBuilder().haEnabled(true).build(), LevellingFixtures.candidate().build()));

        assertEquals(1, found.size(), found::toString);
        ConstraintViolation<PlannedLevellingJoin> v = found.iterator().next();
        assertAll(
                () -> assertEquals("pool", v.getPropertyPath().toString()),
                () -> assertEquals(List.of("PROPERTY pool"), nodes(v)),
                () -> assertTrue(v.getMessage().startsWith("pool.ha-disabled: "), v.getMessage()));
    }

    @Test
    void aVlanWhoseDeviceHasADotIsReportedAtItsDevice() {
        Set<ConstraintViolation<PlannedLevellingJoin>> found = validator.validate(new PlannedLevellingJoin(
                LevellingFixtures.POOL, LevellingFixtures.candidate()
                        .networkInterface(NetworkInterface.vlan("eth1.20", 20)).build()));

        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("host.networkInterfaces[eth1.20]"), found.stream()
                .filter(v -> v.getMessage().startsWith("network.non-management-vlans: "))
                .map(v -> v.getPropertyPath().toString()).toList());
    }

    @Test
    void aCpuSubjectIsAPathOfProperties() {
        ConstraintViolation<PlannedJoin> v = only(validate(SamplePools.amdCandidate()), "cpu.vendor");

        assertAll(
                () -> assertEquals("host.cpu.vendor", v.getPropertyPath().toString()),
                () -> assertEquals(List.of("PROPERTY host", "PROPERTY cpu", "PROPERTY vendor"), nodes(v)));
    }

    /** How a caller reaches the xenpool violation behind a constraint violation. */
    private static Violation blockerOf(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        return hibernate.getDynamicPayload(Violation.class);
    }

    @Test
    void eachConstraintViolationCarriesItsBlockerAsDynamicPayload() {
        Host host = SamplePools.troubledCandidate();
        JoinReport report = RuleSets.xenServer56().evaluate(POOL, host);

        Set<ConstraintViolation<PlannedJoin>> found = validate(host);
        List<Violation> carried = found.stream().map(JoinableIntoTest::blockerOf).toList();

        assertEquals(report.blockers().size(), carried.size());
        assertEquals(Set.copyOf(report.blockers()), Set.copyOf(carried));
        ConstraintViolation<PlannedJoin> problem = found.stream().filter(v -> v.getPropertyPath().toString()
                .equals("host.vms[3e0c4f1a-8b2d-4c6e-9f1a-2b3c4d5e6f70]")).findFirst().orElseThrow();
        Violation blocker = blockerOf(problem);
        assertAll(
                () -> assertEquals(blocker.ruleId() + ": " + blocker.message(), problem.getMessage()),
                () -> assertEquals("win2008-sql", blocker.subject().label()),
                () -> assertEquals("JOINING_HOST_CANNOT_HAVE_RUNNING_OR_SUSPENDED_VMS",
                        blocker.xapiErrorCode().orElseThrow()),
                () -> assertFalse(blocker.remediation().isEmpty()));
    }

    @Test
    void everyBlockerOfAGeneratedJoinIsOneConstraintViolation() {
        Theories.qt(300).forAll(JoinCases.any()).checkAssert(join -> {
            JoinReport report = RuleSets.xenServer56().evaluate(join.pool(), join.host());
            Set<ConstraintViolation<PlannedJoin>> found = validator.validate(new PlannedJoin(join.pool(),
                    join.host()));
            assertEquals(report.blockers().size(), found.size(), () -> report.blockers() + "\n" + found);
        });
    }

    /** A planned join checked with a rule set that a provider on the class path gives. */
    @JoinableInto(ruleSet = SiteRuleSetProvider.NAME)
    record PlannedSiteJoin(Pool pool, Host host) implements JoinRequest {
    }

    @Test
    void aRuleSetOfOnesOwnIsFoundByNameAndItsCustomDetailsRideInThePayload() {
        Set<ConstraintViolation<PlannedSiteJoin>> found = validator.validate(
                new PlannedSiteJoin(SamplePools.enterpriseIntelPool(), SamplePools.compliantCandidate()));

        assertEquals(1, found.size(), found.toString());
        ConstraintViolation<PlannedSiteJoin> violation = found.iterator().next();
        assertTrue(violation.getMessage().startsWith("site.same-rack: "), violation.getMessage());
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        Violation blocker = hibernate.getDynamicPayload(Violation.class);
        assertEquals(new RackPosition("3", 12), blocker.details());
    }
}
