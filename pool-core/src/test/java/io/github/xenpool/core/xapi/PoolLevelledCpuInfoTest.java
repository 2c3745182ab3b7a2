package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.FeatureSet;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The pool level xapi computes ({@code pool.cpu_info}) from its members, started from the real
 * levelled policies of an XCP-ng pool ({@code xe pool-param-list}, neonSDK sample).
 */
class PoolLevelledCpuInfoTest {

    private static CpuInfo realPoolCpuInfo() throws IOException {
        XapiRecord pool = XeOutputSamplesTest.read("pool-param-list__neonSDK-xcp-ng-comment.txt", "pool").all("pool")
                .get(0);
        Map<String, String> cpuInfo = pool.field("cpu_info").orElseThrow().asMap(pool.where("cpu_info"));
        return CpuInfo.of(cpuInfo);
    }

    private static Host host(String name, FeatureSet pv, FeatureSet hvm, boolean hvmCapable) {
        Map<String, String> fields = new TreeMap<>(Map.of("vendor", "GenuineIntel", "cpu_count", "8",
                "socket_count", "1", "features_pv_host", pv.toString(), "features_hvm_host", hvm.toString()));
        return Host.builder().hostname(name).cpu(Cpu.builder().info(CpuInfo.of(fields))
                .virtualizationEnabled(hvmCapable).build()).build();
    }

    @Test
    void theRealPoolCpuInfoKeepsPvAndHvmPoliciesApart() throws IOException {
        CpuInfo info = realPoolCpuInfo();

        assertEquals(15, info.featuresPvHost().orElseThrow().wordCount());
        assertTrue(info.featuresPvHost().orElseThrow().isStrictSubsetOf(info.featuresHvmHost().orElseThrow()),
                "HVM guests see more than PV guests");
    }

    @Test
    void pvIsLevelledOverEveryMemberAndHvmOverTheHvmCapableOnly() throws IOException {
        CpuInfo real = realPoolCpuInfo();
        FeatureSet pv = real.featuresPvHost().orElseThrow();
        FeatureSet hvm = real.featuresHvmHost().orElseThrow();
        FeatureSet sse42 = FeatureCatalog.x86().featureSet("sse4_2");
        assertTrue(pv.isSupersetOf(sse42) && hvm.isSupersetOf(sse42));
        Host full = host("full", pv, hvm, true);
        Host older = host("older", pv.minus(sse42), hvm, true);
        Host noHvm = host("no-hvm", pv, hvm.minus(FeatureCatalog.x86().featureSet("vmx")), false);

        Pool pool = Pool.builder().name("levelled").master(full).secondary(older).secondary(noHvm).build();
        CpuInfo level = pool.levelledCpuInfo().orElseThrow();

        assertEquals(pv.minus(sse42), level.featuresPvHost().orElseThrow(), "the older host lowers the PV level");
        assertEquals(hvm, level.featuresHvmHost().orElseThrow(), "a host that cannot run HVM guests does not count");
        assertEquals(24, level.cpuCount().getAsInt());
        assertEquals(3, level.socketCount().getAsInt());
    }

    @Test
    void aMemberWhosePolicyIsUnknownLeavesThePoolLevelUnknown() throws IOException {
        CpuInfo real = realPoolCpuInfo();
        Host known = host("known", real.featuresPvHost().orElseThrow(), real.featuresHvmHost().orElseThrow(), true);
        Host unknown = Host.builder().hostname("unknown").build();

        Pool pool = Pool.builder().name("partly-known").master(known).secondary(unknown).build();

        assertEquals(Optional.empty(), pool.levelledCpuInfo());
    }
}
