package io.github.xenpool.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.network.Addressing;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.storage.StorageServer;
import io.github.xenpool.core.validation.internal.DeclaredConstraints;
import io.github.xenpool.core.validation.internal.HibernateValidatorChecks;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VirtualizationMode;
import io.github.xenpool.core.vm.Vm;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Without a Bean Validation provider the model checks its constraint annotations itself; it must
 * find exactly what Hibernate Validator finds, with the same paths, messages and values.
 */
class DeclaredConstraintsTest {

    private static final Comparator<ModelViolation> ORDER = Comparator.comparing(ModelViolation::path)
            .thenComparing(ModelViolation::constraint)
            .thenComparing(ModelViolation::message)
            .thenComparing(ModelViolation::invalidValue);

    static Stream<Object> invalidValues() {
        Host valid = Host.builder().hostname("xs-01.example.com").build();
        Cpu cpu = valid.cpu();
        Cpu badCpu = new Cpu(cpu.vendor(), " ", 0x10f, -1, 16, cpu.physicalFeatures(), cpu.features(),
                cpu.maskingSupport(), true, 65, 0);
        ManagementInterface badNic = new ManagementInterface("eth 0", Addressing.STATIC, Optional.of("10.0.0.300"),
                false, OptionalInt.of(0));
        Vm badVm = new Vm("not-a-uuid", " ", PowerState.HALTED, VirtualizationMode.HVM, Set.of());
        Vm otherBadVm = new Vm("6b3f", "x".repeat(256), PowerState.HALTED, VirtualizationMode.HVM, Set.of());
        StorageRepository badSr = new StorageRepository("7C2B9A64-1D3E-4F5A-8B6C-7D8E9F0A1B2C", "x".repeat(256),
                "NFS", true, Optional.of(new StorageServer("filer_01", Addressing.STATIC)));
        Software badSoftware = new Software(valid.software().productVersion(), Optional.of(" "),
                Set.of("XS56E001", "bad fix", ""),
                Set.of(new SupplementalPack("linux pack", ""), new SupplementalPack("ok", "1")));
        Host badHost = new Host("6b3f", "xs_01", badCpu, badSoftware, valid.licence(), badNic,
                List.of(new NetworkInterface("eth1", NetworkInterface.Kind.VLAN, OptionalInt.of(5000)),
                        new NetworkInterface("", NetworkInterface.Kind.PHYSICAL, OptionalInt.empty())),
                valid.clock(), List.of(badVm, otherBadVm), List.of(badSr), valid.membership());
        Pool pool = Pool.builder().name("prod").master(valid)
                .secondary(Host.builder().hostname("xs-02").build()).build();
        Host secondary = pool.secondaries().get(0);
        Host badSecondary = new Host(secondary.id(), "10.0.0.300", secondary.cpu(), secondary.software(),
                secondary.licence(), secondary.managementInterface(), secondary.networkInterfaces(),
                secondary.clock(), List.of(badVm), secondary.storage(), secondary.membership());
        Pool badPool = new Pool(pool.id(), " ", pool.master(), List.of(badSecondary), pool.haEnabled(),
                List.of(badSr), pool.cpuFeatureMask(), pool.offlineHosts());
        return Stream.of(badHost, badPool, badCpu, badNic, badVm, badSr, badSoftware,
                new Membership.Member("not-a-uuid"), valid, pool);
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void findsWhatHibernateValidatorFinds(Object value) {
        assumeTrue(hibernateValidatorIsPresent(), "Hibernate Validator is not on the class path");

        List<ModelViolation> expected = new HibernateValidatorChecks().apply(value).stream().sorted(ORDER).toList();
        List<ModelViolation> found = DeclaredConstraints.violations(value).stream().sorted(ORDER).toList();

        assertEquals(expected, found);
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void theSharedValidatorFindsTheSameWithOrWithoutAProvider(Object value) {
        List<ModelViolation> found = DeclaredConstraints.violations(value).stream().sorted(ORDER).toList();

        assertEquals(found, ModelValidator.shared().validate(value));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void everyInvalidValueOfTheCorpusIsFound(Object value) {
        if (value instanceof Host host && host.hostname().equals("xs-01.example.com") || value instanceof Pool pool
                && pool.name().equals("prod")) {
            assertEquals(List.of(), DeclaredConstraints.violations(value));
        } else {
            assertFalse(DeclaredConstraints.violations(value).isEmpty());
        }
    }

    private static boolean hibernateValidatorIsPresent() {
        try {
            Class.forName("org.hibernate.validator.HibernateValidator");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
