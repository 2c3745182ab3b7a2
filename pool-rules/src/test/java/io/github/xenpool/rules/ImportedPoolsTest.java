package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import io.github.xenpool.core.xapi.XapiRecord;
import io.github.xenpool.core.xapi.XapiRecords;
import io.github.xenpool.rules.lifecycle.Ejection;
import io.github.xenpool.rules.lifecycle.PoolLifecycle;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.rules.software.SoftwareRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The join rules on pools and hosts imported from real xapi database dumps (the samples of
 * pool-core's tests): each expected verdict is reasoned out from the imported facts first, so a
 * wrong import and a wrong rule both show.
 */
class ImportedPoolsTest {

    private static final Path DUMPS = Path.of("..", "pool-core", "src", "test", "resources", "io", "github",
            "xenpool", "core", "xapi", "samples", "xapi-db");
    private static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";
    private static final String COWLEY1 = "xapi-db__xenadmin-cowley1__xs5.6.900-b36126c-2hosts-bond-vlan.xml";
    private static final String SMALL_VMS = "xapi-db__xenadmin-small_vms__xs5.9.960-b49695c-1host-pool_patch.xml";
    private static final String TAMPA = "xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml";
    private static final String STATE1 = "xapi-db__xenadmin-state1__xs5.5.0-b14395c-2hosts-slave-copy.xml";
    private static final String STATE2 = "xapi-db__xenadmin-state2__xs5.5.0-b14614c-2hosts-ha.xml";

    private static XapiRecords records(String file) {
        try {
            return XapiDatabase.read(DUMPS.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Pool pool(String file) {
        return PoolImport.pool(records(file)).value();
    }

    private static Host candidate(String file) {
        return PoolImport.host(records(file)).value();
    }

    @Test
    void aXeonX3450FromAnotherReleaseJoinsTampaOnlyAfterItsSoftwareAndLicenceMatch() {
        Pool tampa = pool(TAMPA);
        Host dt40 = candidate(SMALL_VMS);

        // The same CPU model: nothing to mask, nothing missing.
        assertEquals(tampa.master().cpu().physicalFeatures(), dt40.cpu().physicalFeatures());
        // A standalone host whose VMs (all of its one-host pool's) are halted and idle, and no shared SR.
        assertTrue(dt40.membership().isFree());
        assertEquals(2, dt40.vms().size());
        assertTrue(dt40.vms().stream().allMatch(vm -> vm.powerState() == PowerState.HALTED && !vm.isBusy()));
        assertTrue(dt40.sharedStorage().isEmpty());
        // But another release (5.9.960, a 6.0 beta), a patch the pool lacks, other packs, free edition.
        assertNotEquals(tampa.master().software().productVersion(), dt40.software().productVersion());
        assertEquals(java.util.Set.of("succeed.asc"), dt40.software().hotfixes().orElseThrow());
        assertEquals(java.util.Set.of(), tampa.master().software().hotfixes().orElseThrow());
        assertNotEquals(tampa.master().software().supplementalPacks(), dt40.software().supplementalPacks());
        assertNotEquals(tampa.edition(), dt40.licence());

        JoinReport report = RuleSets.xenServer56().evaluate(tampa, dt40);

        assertEquals(Verdict.BLOCKED, report.verdict());
        assertEquals(List.of(SoftwareRules.VERSION, SoftwareRules.PATCH_LEVEL, SoftwareRules.SUPPLEMENTAL_PACKS,
                "licence.edition"), report.blockingRuleIds(), report::render);
    }

    @Test
    void aWestmereCannotJoinAPentiumDPoolBecauseItLacksCid() {
        Pool grimsby = pool(COWLEY1);
        Host berlin = candidate(COWLEY);
        FeatureSet cid = FeatureCatalog.x86().featureSet("cid");

        // Every Pentium D of the pool has CNXT-ID; the Xeon X5650 has not, and masking only hides.
        assertTrue(grimsby.cpuLevel().orElseThrow().compared().isSupersetOf(cid));
        assertTrue(berlin.cpu().physicalFeatures().orElseThrow().intersect(cid).isEmpty());

        JoinReport report = RuleSets.xenServer56().evaluate(grimsby, berlin);

        Violation features = report.violationsOf("cpu.features").get(0);
        assertAll(
                () -> assertEquals(Severity.BLOCKER, features.severity()),
                () -> assertTrue(features.message().contains("(cid)"), features.message()),
                () -> assertEquals(berlin.vms().stream().filter(vm -> vm.powerState() != PowerState.HALTED).count(),
                        report.violationsOf("vm.running-or-suspended").size(), "one blocker per VM that is not halted"),
                () -> assertFalse(berlin.sharedStorage().isEmpty()),
                () -> assertTrue(report.blockingRuleIds().contains("storage.shared")),
                () -> assertTrue(report.blockingRuleIds().contains(SoftwareRules.VERSION)));
    }

    @Test
    void aMemberOfAnotherRealPoolIsNoCandidateUntilItIsEjected() {
        Pool hottub = pool(STATE1);
        XapiRecords tampaRecords = records(TAMPA);
        XapiRecord dt23 = tampaRecords.all("host").stream()
                .filter(h -> PoolImport.host(tampaRecords, h.uuid().orElseThrow()).value().hostname().equals("dt23"))
                .findFirst().orElseThrow();
        Host member = PoolImport.host(tampaRecords, dt23.uuid().orElseThrow()).value();

        assertFalse(member.membership().isFree());
        assertTrue(RuleSets.xenServer56().evaluate(hottub, member).blockingRuleIds().contains("host.standalone"));
    }

    @Test
    void aHostEjectedFromItsRealPoolMayRejoinOnceItsVmsAreShutDown() {
        Pool tampa = pool(TAMPA);
        Host dt23 = tampa.secondaries().get(0);
        PoolLifecycle life = PoolLifecycle.of(RuleSets.xenServer56());
        Ejection ejection = life.eject(tampa, dt23.id()).get();
        Pool without = ejection.pool();
        Host ejected = ejection.host();
        List<io.github.xenpool.core.vm.Vm> halted = new ArrayList<>();
        ejected.vms().forEach(vm -> halted.add(vm.toBuilder().powerState(PowerState.HALTED).build()));

        JoinReport asItWas = RuleSets.xenServer56().evaluate(without, ejected);
        JoinReport shutDown = RuleSets.xenServer56().evaluate(without, ejected.toBuilder().vms(halted).build());

        assertTrue(asItWas.blockingRuleIds().stream().allMatch(id -> id.equals("vm.running-or-suspended")),
                asItWas::render);
        assertEquals(Verdict.ALLOWED, shutDown.verdict(), shutDown::render);
        assertTrue(shutDown.warnings().stream().anyMatch(v -> v.ruleId().equals("clock.sync")),
                "no dump knows a clock: the check says it cannot check, it never assumes one");
    }

    @Test
    void everyHostOfEveryOtherDumpIsBlockedFromEveryDumpsPool() {
        List<String> dumps = List.of(COWLEY, COWLEY1, SMALL_VMS, TAMPA, STATE1, STATE2);
        List<String> allowed = new ArrayList<>();
        for (String poolFile : dumps) {
            Pool pool = pool(poolFile);
            for (String hostFile : dumps) {
                if (hostFile.equals(poolFile)) {
                    continue;
                }
                XapiRecords records = records(hostFile);
                for (XapiRecord record : records.all("host")) {
                    Host host = PoolImport.host(records, record.uuid().orElseThrow()).value();
                    JoinReport report = RuleSets.xenServer56().evaluate(pool, host);
                    // No two dumps run the same release and build, so software.version blocks at least.
                    if (report.verdict() != Verdict.BLOCKED) {
                        allowed.add(host.hostname() + " -> " + pool.name());
                    }
                }
            }
        }
        assertEquals(List.of(), allowed);
    }
}
