package io.github.xenpool.rules;

import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.software.ProductVersion;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.VmOperation;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The typed facts behind a violation, for programs that act on a report rather than print it.
 * Each rule documents which kind it attaches; match on the record type.
 */
public sealed interface ViolationDetails {

    /** No details beyond the message, expected and actual values. */
    ViolationDetails NONE = new NoDetails();

    /** The details of a violation that carries none. */
    record NoDetails() implements ViolationDetails {
    }

    /**
     * How a host's CPU features differ from the pool's level, under the pool's feature mask.
     *
     * @param missing features of the pool's level the host lacks
     * @param hidden features the host has beyond the pool's level: what a mask hides (5.6
     *     masking) or what stays unused (levelling)
     * @param unhideable those of {@code hidden} the host's CPU cannot mask
     * @param resultingLevel the pool's CPU level after the join
     * @param rebootRequired whether the host must reboot for a mask to take effect
     */
    record CpuFeatures(FeatureSet missing, FeatureSet hidden, FeatureSet unhideable, FeatureSet resultingLevel,
            boolean rebootRequired) implements ViolationDetails {

        /**
         * Checks the components.
         *
         * @param missing features the host lacks
         * @param hidden features beyond the pool's level
         * @param unhideable features the host cannot mask
         * @param resultingLevel the pool's level after the join
         * @param rebootRequired whether a reboot is needed
         * @throws NullPointerException if a component is null
         */
        public CpuFeatures {
            Objects.requireNonNull(missing, "missing");
            Objects.requireNonNull(hidden, "hidden");
            Objects.requireNonNull(unhideable, "unhideable");
            Objects.requireNonNull(resultingLevel, "resultingLevel");
        }

        /**
         * Names the missing features.
         *
         * @return the names in featureset order
         */
        public List<String> missingNames() {
            return FeatureCatalog.x86().names(missing);
        }

        /**
         * Names the hidden features.
         *
         * @return the names in featureset order
         */
        public List<String> hiddenNames() {
            return FeatureCatalog.x86().names(hidden);
        }

        /**
         * Names the features the host cannot mask.
         *
         * @return the names in featureset order
         */
        public List<String> unhideableNames() {
            return FeatureCatalog.x86().names(unhideable);
        }
    }

    /**
     * What a less capable host does to a levelled pool: the features the pool loses, its level
     * after the join, and the running VMs that keep the old level until they restart.
     *
     * @param lost features of the pool's level the host lacks
     * @param newLevel the pool's level after the join
     * @param vmsThatCannotMigrate names of the pool's running or paused VMs, which cannot migrate
     *     to the host until they restart; in member order (master first), each member's VMs in
     *     its order
     */
    record CpuLevelling(FeatureSet lost, FeatureSet newLevel, List<String> vmsThatCannotMigrate)
            implements ViolationDetails {

        /**
         * Checks and copies the components.
         *
         * @param lost features the pool loses
         * @param newLevel the level after the join
         * @param vmsThatCannotMigrate the VMs that cannot migrate to the host until they restart
         * @throws NullPointerException if a component is null
         */
        public CpuLevelling {
            Objects.requireNonNull(lost, "lost");
            Objects.requireNonNull(newLevel, "newLevel");
            vmsThatCannotMigrate = List.copyOf(Objects.requireNonNull(vmsThatCannotMigrate, "vmsThatCannotMigrate"));
        }

        /**
         * Names the features the pool loses.
         *
         * @return the names in featureset order
         */
        public List<String> lostNames() {
            return FeatureCatalog.x86().names(lost);
        }
    }

    /**
     * The CPU vendors of the pool and of the host.
     *
     * @param pool the pool's vendor
     * @param host the host's vendor
     */
    record Vendors(CpuVendor pool, CpuVendor host) implements ViolationDetails {

        /**
         * Checks the components.
         *
         * @param pool the pool's vendor
         * @param host the host's vendor
         * @throws NullPointerException if a component is null
         */
        public Vendors {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(host, "host");
        }
    }

    /**
     * A VM that stands in the way.
     *
     * @param uuid the VM's UUID
     * @param name its name
     * @param powerState its power state
     * @param currentOperations the operations in progress, iterating in the order of
     *     {@link VmOperation}'s constants, whatever the order they were given in
     */
    record VmState(String uuid, String name, PowerState powerState, Set<VmOperation> currentOperations)
            implements ViolationDetails {

        /**
         * Checks and copies the components.
         *
         * @param uuid the VM's UUID
         * @param name its name
         * @param powerState its power state
         * @param currentOperations its operations in progress
         * @throws NullPointerException if a component is null
         */
        public VmState {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(powerState, "powerState");
            Objects.requireNonNull(currentOperations, "currentOperations");
            EnumSet<VmOperation> operations = EnumSet.noneOf(VmOperation.class);
            for (VmOperation operation : currentOperations) {
                operations.add(Objects.requireNonNull(operation, "currentOperations contains null"));
            }
            currentOperations = Collections.unmodifiableSet(operations);
        }
    }

    /**
     * A storage repository that stands in the way.
     *
     * @param uuid the SR's UUID
     * @param name its name
     * @param type its type
     * @param server the address of its storage server, if it has one
     */
    record Storage(String uuid, String name, String type, Optional<String> server) implements ViolationDetails {

        /**
         * Checks the components.
         *
         * @param uuid the SR's UUID
         * @param name its name
         * @param type its type
         * @param server the address of its storage server, or empty
         * @throws NullPointerException if a component is null
         */
        public Storage {
            Objects.requireNonNull(uuid, "uuid");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(server, "server");
        }
    }

    /**
     * The product versions of the pool and of the host.
     *
     * @param pool the pool's version
     * @param host the host's version
     */
    record Versions(ProductVersion pool, ProductVersion host) implements ViolationDetails {
    }

    /**
     * How the host's hotfixes differ from the pool's.
     *
     * @param missing hotfixes the pool has and the host lacks, sorted
     * @param extra hotfixes the host has and the pool lacks, sorted
     */
    record Hotfixes(List<String> missing, List<String> extra) implements ViolationDetails {

        /**
         * Copies the components.
         *
         * @param missing hotfixes the host lacks
         * @param extra hotfixes only the host has
         */
        public Hotfixes {
            missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
            extra = List.copyOf(Objects.requireNonNull(extra, "extra"));
        }
    }

    /**
     * How the host's supplemental packs differ from the pool's.
     *
     * @param missing packs the pool has and the host lacks, at the pool's revision, sorted by name
     * @param extra packs the host has and the pool lacks, sorted by name
     * @param otherRevision packs both have at different revisions, sorted by name
     */
    record SupplementalPacks(List<SupplementalPack> missing, List<SupplementalPack> extra,
            List<PackRevisions> otherRevision) implements ViolationDetails {

        /**
         * Copies the components.
         *
         * @param missing packs the host lacks
         * @param extra packs only the host has
         * @param otherRevision packs at different revisions
         */
        public SupplementalPacks {
            missing = List.copyOf(Objects.requireNonNull(missing, "missing"));
            extra = List.copyOf(Objects.requireNonNull(extra, "extra"));
            otherRevision = List.copyOf(Objects.requireNonNull(otherRevision, "otherRevision"));
        }
    }

    /**
     * A supplemental pack installed at different revisions on the pool and on the host.
     *
     * @param name the pack's name
     * @param poolRevision the pool's revision
     * @param hostRevision the host's revision
     */
    record PackRevisions(String name, String poolRevision, String hostRevision) {

        /**
         * Checks the components.
         *
         * @param name the pack's name
         * @param poolRevision the pool's revision
         * @param hostRevision the host's revision
         * @throws NullPointerException if a component is null
         */
        public PackRevisions {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(poolRevision, "poolRevision");
            Objects.requireNonNull(hostRevision, "hostRevision");
        }
    }

    /**
     * The licence editions of the pool and of the host, and a licence server that can close the
     * gap.
     *
     * @param pool the pool's edition
     * @param host the host's edition, or empty when it is unknown
     * @param licenceServer the address of a licence server with a free licence of the pool's
     *     edition, if one is known
     */
    record Licences(LicenceEdition pool, Optional<LicenceEdition> host, Optional<String> licenceServer)
            implements ViolationDetails {

        /**
         * Checks the components.
         *
         * @param pool the pool's edition
         * @param host the host's edition, or empty
         * @param licenceServer a licence server's address, or empty
         * @throws NullPointerException if a component is null
         */
        public Licences {
            Objects.requireNonNull(pool, "pool");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(licenceServer, "licenceServer");
        }

        /**
         * Makes the details of two known editions.
         *
         * @param pool the pool's edition
         * @param host the host's edition
         * @param licenceServer a licence server's address, or empty
         */
        public Licences(LicenceEdition pool, LicenceEdition host, Optional<String> licenceServer) {
            this(pool, Optional.of(Objects.requireNonNull(host, "host")), licenceServer);
        }
    }

    /**
     * The management address a joining host would share with a member of the pool.
     *
     * @param address the address
     * @param memberId the id of the member that has it
     * @param memberHostname that member's host name
     */
    record AddressInUse(String address, String memberId, String memberHostname) implements ViolationDetails {

        /**
         * Checks the components.
         *
         * @param address the address
         * @param memberId the member's id
         * @param memberHostname the member's host name
         * @throws NullPointerException if a component is null
         */
        public AddressInUse {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(memberHostname, "memberHostname");
        }
    }

    /**
     * The host's clock against the master's.
     *
     * @param offset the host's clock minus the master's
     * @param tolerance the largest offset allowed
     * @param ntpConfigured whether NTP is configured on the host
     */
    record ClockSkew(Duration offset, Duration tolerance, boolean ntpConfigured) implements ViolationDetails {

        /**
         * Checks the components.
         *
         * @param offset the host's clock minus the master's
         * @param tolerance the largest offset allowed
         * @param ntpConfigured whether NTP is configured on the host
         * @throws NullPointerException if a component is null
         */
        public ClockSkew {
            Objects.requireNonNull(offset, "offset");
            Objects.requireNonNull(tolerance, "tolerance");
        }
    }

    /**
     * The pool's size against its limit.
     *
     * @param size the hosts in the pool now
     * @param maximum the most hosts the pool may have
     */
    record PoolSize(int size, int maximum) implements ViolationDetails {
    }

    /**
     * A rule that threw, or answered null, instead of answering with violations: the details of a
     * {@link JoinRule#FAILED} violation. The texts are printable: control characters are escaped
     * and a message longer than a few hundred characters is cut, saying its original length.
     *
     * @param ruleId the rule's id
     * @param exceptionType the exception's class name
     * @param exceptionMessage the exception's message, empty when it had none
     */
    record RuleFailure(String ruleId, String exceptionType, String exceptionMessage) implements ViolationDetails {

        /**
         * Checks the components.
         *
         * @param ruleId the rule's id
         * @param exceptionType the exception's class name
         * @param exceptionMessage the exception's message, empty when it had none
         * @throws NullPointerException if a component is null
         */
        public RuleFailure {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(exceptionType, "exceptionType");
            Objects.requireNonNull(exceptionMessage, "exceptionMessage");
        }
    }

    /**
     * A fact a rule needs that the model does not know, so the rule could not check the join.
     * Unknown facts are never replaced by a value that passes or blocks.
     *
     * @param fact the fact, such as {@code the CPU features of xs-05}
     * @param howToProvide where the fact comes from, such as {@code cpu_info:features of the host}
     */
    record UnknownFact(String fact, String howToProvide) implements ViolationDetails {

        /**
         * Checks the components.
         *
         * @param fact the fact that is unknown
         * @param howToProvide where the fact comes from
         * @throws NullPointerException if a component is null
         */
        public UnknownFact {
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(howToProvide, "howToProvide");
        }
    }
}
