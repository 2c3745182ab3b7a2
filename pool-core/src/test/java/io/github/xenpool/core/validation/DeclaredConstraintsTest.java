package io.github.xenpool.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Membership;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.network.ManagementInterface;
import io.github.xenpool.core.network.NetworkInterface;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.storage.StorageServer;
import io.github.xenpool.core.validation.internal.ConstraintChecks;
import io.github.xenpool.core.validation.internal.DeclaredConstraints;
import io.github.xenpool.core.validation.internal.HibernateValidatorChecks;
import io.github.xenpool.core.vm.Vm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Without a Bean Validation provider the model checks its constraint annotations itself; it must
 * find exactly what Hibernate Validator finds, with the same paths, messages and values.
 */
class DeclaredConstraintsTest {

    private final ConstraintChecks declared = new DeclaredConstraints();

    /** A property of a model type and a value it could be given. */
    record Candidate(Class<?> type, String property, Object value) {
    }

    static Stream<Candidate> candidates() {
        String long256 = "x".repeat(256);
        return Stream.of(
                new Candidate(Host.class, "id", "6b3f"),
                new Candidate(Host.class, "id", "0f6c8ec4-2b41-4c8e-9d3c-6a2f1b9e7d10"),
                new Candidate(Host.class, "hostname", "xs_01"),
                new Candidate(Host.class, "hostname", "xs-01.example.com"),
                new Candidate(Cpu.class, "modelName", " "),
                new Candidate(Cpu.class, "modelName", "x".repeat(129)),
                new Candidate(Cpu.class, "family", 0x10f),
                new Candidate(Cpu.class, "model", -1),
                new Candidate(Cpu.class, "stepping", 16),
                new Candidate(Cpu.class, "sockets", java.util.OptionalInt.of(65)),
                new Candidate(Cpu.class, "cpuCount", java.util.OptionalInt.of(0)),
                new Candidate(ManagementInterface.class, "device", "eth 0"),
                new Candidate(ManagementInterface.class, "ipAddress", Optional.of("10.0.0.300")),
                new Candidate(ManagementInterface.class, "ipAddress", Optional.of("fe80::1")),
                new Candidate(ManagementInterface.class, "ipAddress", Optional.empty()),
                new Candidate(ManagementInterface.class, "vlanTag", OptionalInt.of(0)),
                new Candidate(ManagementInterface.class, "vlanTag", OptionalInt.empty()),
                new Candidate(NetworkInterface.class, "device", ""),
                new Candidate(NetworkInterface.class, "vlanTag", OptionalInt.of(5000)),
                new Candidate(Vm.class, "uuid", "not-a-uuid"),
                new Candidate(Vm.class, "name", " "),
                new Candidate(Vm.class, "name", long256),
                new Candidate(StorageRepository.class, "uuid", "7C2B9A64-1D3E-4F5A-8B6C-7D8E9F0A1B2"),
                new Candidate(StorageRepository.class, "name", long256),
                new Candidate(StorageRepository.class, "type", "NFS"),
                new Candidate(StorageServer.class, "address", "filer_01"),
                new Candidate(StorageServer.class, "address", "2001:db8::10"),
                new Candidate(Software.class, "buildNumber", Optional.of(" ")),
                new Candidate(Software.class, "hotfixes", java.util.Optional.of(Set.of("XS56E001", "bad fix", ""))),
                new Candidate(SupplementalPack.class, "name", "linux pack"),
                new Candidate(SupplementalPack.class, "revision", ""),
                new Candidate(Membership.Master.class, "poolId", "nope"),
                new Candidate(Membership.Master.class, "poolSize", 0),
                new Candidate(Membership.Member.class, "poolId", "nope"),
                new Candidate(Pool.class, "id", "nope"),
                new Candidate(Pool.class, "name", " "),
                new Candidate(Pool.class, "name", long256));
    }

    /** A request that an application validates: constraints of its own, and model values. */
    record Request(@NotBlank @Size(max = 8) String ticket, @Valid Host host, List<@Valid Host> more,
            Set<@NotBlank String> tags, Optional<@Hostname String> gateway, List<@IpAddress String> addresses) {
    }

    static Stream<Object> requests() {
        Host host = Host.builder().hostname("xs-01").build();
        return Stream.of(
                new Request("JIRA-1", host, List.of(host), Set.of("a"), Optional.of("gw"), List.of("10.0.0.1")),
                new Request(" ", host, List.of(host, host), Set.of(" ", "b"), Optional.of("gw_1"),
                        List.of("10.0.0.1", "10.0.0.300")),
                new Request("far-too-long", host, List.of(), Set.of(), Optional.empty(), List.of()),
                host);
    }

    @ParameterizedTest
    @MethodSource("candidates")
    void findsWhatHibernateValidatorFindsInAPropertyValue(Candidate candidate) {
        assumeTrue(hibernateValidatorIsPresent(), "Hibernate Validator is not on the class path");

        assertEquals(sorted(new HibernateValidatorChecks().validateValue(candidate.type(), candidate.property(),
                        candidate.value())),
                sorted(declared.validateValue(candidate.type(), candidate.property(), candidate.value())));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void findsWhatHibernateValidatorFindsInAValueAndTheValuesItHolds(Object request) {
        assumeTrue(hibernateValidatorIsPresent(), "Hibernate Validator is not on the class path");

        assertEquals(sorted(new HibernateValidatorChecks().validate(request)), sorted(declared.validate(request)));
    }

    @ParameterizedTest
    @MethodSource("candidates")
    void theSharedValidatorFindsTheSameWithOrWithoutAProvider(Candidate candidate) {
        assertEquals(sorted(declared.validateValue(candidate.type(), candidate.property(), candidate.value())),
                ModelValidator.shared().validateValue(candidate.type(), candidate.property(), candidate.value()));
    }

    @Test
    void theCandidatesAndRequestsHoldInvalidValues() {
        assertFalse(declared.validateValue(Host.class, "hostname", "xs_01").isEmpty());
        assertEquals(4, declared.validate(requests().toList().get(1)).size());
    }

    @Test
    void anUnknownPropertyIsAMistakeOfTheCaller() {
        assertThrows(IllegalArgumentException.class, () -> declared.validateValue(Host.class, "colour", "red"));
    }

    private static List<ModelViolation> sorted(List<ModelViolation> violations) {
        return violations.stream().sorted(ModelValidator.ORDER).toList();
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
