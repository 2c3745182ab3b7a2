package io.github.xenpool.rules.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.LicenceEdition;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.FeatureCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreflightDemoTest {

    @Test
    void theIntelSamplePoolIsThreeEnterpriseXeonsWithSharedNfs() {
        Pool pool = SamplePools.enterpriseIntelPool();

        assertEquals(3, pool.size());
        assertEquals(Optional.of(LicenceEdition.ENTERPRISE), pool.edition());
        assertEquals("nfs", pool.sharedStorage().get(0).type());
        assertTrue(pool.members().stream().allMatch(h -> h.cpu().vendor().equals(Optional.of(CpuVendor.INTEL))));
        assertEquals("xs-01", pool.master().hostname());
    }

    @Test
    void samplePoolsAreTheSameValuesOnEveryCall() {
        assertEquals(SamplePools.all(), SamplePools.all());
    }

    @Test
    void printsEveryPoolWithMembersRolesCpusAndLevelByName() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PreflightDemo.print(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String out = buffer.toString(StandardCharsets.UTF_8);

        for (Pool pool : SamplePools.all()) {
            assertTrue(out.contains("Pool " + pool.name() + " (" + pool.id() + ")"), out);
            for (Host host : pool.members()) {
                assertTrue(out.contains(host.hostname() + "  " + host.cpu().vendor().orElseThrow().displayName() + " "
                        + host.cpu().modelName()),
                        out);
            }
        }
        assertTrue(out.contains("master    xs-01"), out);
        assertTrue(out.contains("secondary xs-03"), out);
        String level = FeatureCatalog.x86().describe(SamplePools.enterpriseIntelPool().cpuLevel().orElseThrow()
                .features());
        assertTrue(out.replace("\n    ", " ").contains(level.replace(",", "")), out);
        assertTrue(out.lines().allMatch(line -> line.length() <= 100), "no line is wider than 100 columns");
    }
}
