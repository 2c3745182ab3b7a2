package io.github.xenpool.rules.network;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.PoolConfiguration;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.network.SdnController;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.util.List;
import java.util.Optional;

final class BackendRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(NetworkRules.BACKEND,
                    "the host runs the master's network backend (bridge or Open vSwitch) and, on Open vSwitch,"
                    + " has no SDN controller other than the pool's", Severity.BLOCKER)
            .withXapiErrors(XapiError.OPERATION_NOT_ALLOWED)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_homogeneous_vswitch_configuration"))
            .withXapiReleases(XapiReleases.ALWAYS)
            .withFixableByConfiguration(true);

    static final String BACKENDS_DIFFER = "Network backends differ";
    static final String CONTROLLER_DIFFERS = "SDN controller differs";
    private static final String OPENVSWITCH = "openvswitch";
    private static final String SDN = "SDN_controller records (xe sdn-controller-list params=all, or the database)";

    BackendRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        Host master = pool.master();
        // xapi asks the joining host's network daemon, which software_version reports; the master's
        // software_version without the key means bridge.
        Optional<String> mine = host.software().softwareVersion().networkBackend();
        SoftwareVersion mastersVersion = master.software().softwareVersion();
        Optional<String> masters = mastersVersion.isEmpty() ? Optional.empty()
                : Optional.of(mastersVersion.networkBackend().orElse("bridge"));
        if (mine.isEmpty() || masters.isEmpty()) {
            String name = Text.name(host.hostname());
            return new UnknownFacts()
                    .note(mine.isEmpty(), Subject.of(Subject.Kind.SOFTWARE, host, "software", "softwareVersion"),
                            "the network backend of " + name, "software_version:network_backend of the host")
                    .note(masters.isEmpty(), Subject.of(Subject.Kind.POOL, pool, "master", "software",
                                    "softwareVersion"), "the network backend of " + Text.name(master.hostname())
                                    + ", master of pool " + Text.name(pool.name()),
                            "software_version of the master")
                    .cannotCheck(id());
        }
        if (!mine.get().equals(masters.get())) {
            String name = Text.name(host.hostname());
            return List.of(Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.SOFTWARE, host, "software",
                            "softwareVersion"))
                    .message(name + " runs the network backend " + mine.get() + " and the master "
                            + Text.name(master.hostname()) + " runs " + masters.get() + "; every host of a pool runs"
                            + " the same one")
                    .expectedActual(masters.get(), mine.get())
                    .xapiErrorParameters(BACKENDS_DIFFER)
                    .step("Switch " + name + " to the " + masters.get() + " backend (xe-switch-network-backend "
                            + masters.get() + "), and reboot it")
                    .step("Check the join again")
                    .build());
        }
        if (!mine.get().equals(OPENVSWITCH)) {
            return List.of();
        }
        return controllers(pool, host);
    }

    /** On Open vSwitch: the host's first SDN controller, if it has one, is the pool's first. */
    private List<Violation> controllers(Pool pool, Host host) {
        Optional<List<SdnController>> mine = host.ownPool().flatMap(PoolConfiguration::sdnControllers);
        if (mine.isPresent() && mine.get().isEmpty()) {
            return List.of();   // the usual answer, without a report to build
        }
        String name = Text.name(host.hostname());
        if (mine.isEmpty()) {
            return new UnknownFacts()
                    .note(true, Subject.of(Subject.Kind.HOST, host, "ownPool", "sdnControllers"),
                            "the SDN controller of " + name + "'s own pool", "the host's " + SDN)
                    .cannotCheck(id());
        }
        if (mine.get().isEmpty()) {
            return List.of();
        }
        Optional<List<SdnController>> pools = pool.configuration().sdnControllers();
        if (pools.isEmpty()) {
            return new UnknownFacts()
                    .note(true, Subject.of(Subject.Kind.POOL, pool, "configuration", "sdnControllers"),
                            "the SDN controller of pool " + Text.name(pool.name()), "the pool's " + SDN)
                    .cannotCheck(id());
        }
        SdnController own = mine.get().get(0);
        if (!pools.get().isEmpty() && own.equals(pools.get().get(0))) {
            return List.of();
        }
        String expected = pools.get().isEmpty() ? "no SDN controller" : describe(pools.get().get(0));
        return List.of(Violation.of(DESCRIPTOR, Subject.of(Subject.Kind.HOST, host, "ownPool", "sdnControllers"))
                .message(name + " has the SDN controller " + describe(own) + " and pool " + Text.name(pool.name())
                        + " has " + expected + "; a joining host on Open vSwitch has the pool's controller or none")
                .expectedActual(expected + ", or none", describe(own))
                .xapiErrorParameters(CONTROLLER_DIFFERS)
                .step("Forget the SDN controller of " + name + " (xe sdn-controller-forget); after the join it"
                        + " uses the pool's")
                .step("Check the join again")
                .build());
    }

    private static String describe(SdnController controller) {
        return controller.protocol() + ":" + controller.address() + ":" + controller.port();
    }
}
