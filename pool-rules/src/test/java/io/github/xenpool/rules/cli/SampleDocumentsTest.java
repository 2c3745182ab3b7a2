package io.github.xenpool.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.json.ModelJson;
import io.github.xenpool.core.vm.PowerState;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import io.github.xenpool.core.xapi.XapiRecords;
import io.github.xenpool.rules.lifecycle.Ejection;
import io.github.xenpool.rules.lifecycle.PoolLifecycle;
import io.github.xenpool.rules.sets.RuleSets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The model documents among the embedded samples are derived from the two real dumps beside them
 * by the steps an administrator takes before a join; this test derives them again and compares
 * them byte for byte with the shipped files. To write them anew (after a change of the importer
 * or of the document's form), run it with {@code -Dxenpool.samples.regenerate=true}, review the
 * diff, and check that the samples run still gets every declared verdict.
 */
class SampleDocumentsTest {

    private static final Path SHIPPED = Path.of("src", "main", "resources", "io", "github", "xenpool", "rules", "cli",
            "samples");

    static final String TAMPA = "xapi-db__xenadmin-tampa-poolof16and23__xs6.0.50-b58062c-2hosts.xml";
    static final String COWLEY = "xapi-db__xenadmin-Cowley-db__xs5.6.100-b39265c-1host-24cpu.xml";
    static final String BERLIN_PREPARED = "derived__xenadmin-Cowley-db__host-berlin-prepared.json";
    static final String TAMPA_AFTER_EJECT = "derived__xenadmin-tampa__pool-16And23-after-ejecting-dt23.json";
    static final String DT23_EJECTED = "derived__xenadmin-tampa__host-dt23-ejected-vms-halted.json";

    @Test
    void berlinPreparedIsTheCowleyHostWithItsVmsShutDownItsSharedStorageDetachedAndThePoolsRelease()
            throws IOException {
        Pool tampa = PoolImport.pool(dump(TAMPA)).value();
        Host berlin = PoolImport.host(dump(COWLEY)).value();
        Host prepared = halted(berlin).toBuilder().software(tampa.master().software())
                .storage(berlin.storage().stream().filter(sr -> !sr.shared()).collect(Collectors.toList())).build();
        assertShipped(BERLIN_PREPARED, ModelJson.write(prepared));
    }

    @Test
    void theEjectedPoolAndHostAreTampaAfterEjectingDt23WithItsVmsShutDown() throws IOException {
        Pool tampa = PoolImport.pool(dump(TAMPA)).value();
        Host dt23 = tampa.members().stream().filter(h -> h.hostname().equals("dt23")).findFirst().orElseThrow();
        Ejection ejection = PoolLifecycle.of(RuleSets.xenServer56()).eject(tampa, dt23.id()).get();
        assertShipped(TAMPA_AFTER_EJECT, ModelJson.write(ejection.pool()));
        assertShipped(DT23_EJECTED, ModelJson.write(halted(ejection.host())));
    }

    private static Host halted(Host host) {
        List<Vm> vms = host.vms().stream().map(vm -> vm.powerState() == PowerState.HALTED ? vm
                : vm.toBuilder().powerState(PowerState.HALTED).build()).collect(Collectors.toList());
        return host.toBuilder().vms(vms).build();
    }

    private static XapiRecords dump(String name) throws IOException {
        try (InputStream in = Samples.class.getResourceAsStream("samples/" + name)) {
            return XapiDatabase.read(in, name);
        }
    }

    private static void assertShipped(String name, String document) throws IOException {
        if (Boolean.getBoolean("xenpool.samples.regenerate")) {
            Files.writeString(SHIPPED.resolve(name), document, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream in = Samples.class.getResourceAsStream("samples/" + name)) {
            assertEquals(document, in == null ? "(missing)" : new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    name + " (run with -Dxenpool.samples.regenerate=true to write it anew, then review the diff)");
        }
    }
}
