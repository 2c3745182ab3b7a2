package io.github.xenpool.rules.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.rules.JoinFixtures;
import io.github.xenpool.rules.SamplePools;
import io.github.xenpool.rules.sets.RuleSets;
import org.junit.jupiter.api.Test;

/** The message of a vendor mismatch names the host's vendor with the right article. */
class CpuVendorMessageTest {

    private static String vendorMessage(io.github.xenpool.core.Pool pool, Host host) {
        return JoinFixtures.only(RuleSets.xenServer56().evaluate(pool, host), CpuRules.VENDOR).message();
    }

    @Test
    void anAmdHostJoiningAnIntelPoolHasAnAmdCpu() {
        assertEquals("CPU vendors differ: pool prod-intel runs Intel CPUs, xs-amd has an AMD CPU"
                + " (AMD EPYC 7601 32-Core Processor); Intel VT-x and AMD-V hosts never share a pool",
                vendorMessage(SamplePools.enterpriseIntelPool(), SamplePools.amdCandidate()));
    }

    @Test
    void anIntelHostJoiningAnAmdPoolHasAnIntelCpu() {
        assertEquals("CPU vendors differ: pool lab-amd runs AMD CPUs, xs-04 has an Intel CPU"
                + " (Intel(R) Xeon(R) CPU E5-2650 v3 @ 2.30GHz); AMD-V and Intel VT-x hosts never share a pool",
                vendorMessage(SamplePools.advancedAmdPool(), SamplePools.compliantCandidate()));
    }

    @Test
    void aHygonHostJoiningAnIntelPoolHasAHygonCpu() {
        Host hygon = SamplePools.compliantCandidate().toBuilder().hostname("xs-hygon")
                .cpu(CpuCatalog.shipped().realHost("Hygon-C86-7185-32-core").toCpuBuilder()
                        .maskingSupport(MaskingSupport.FULL).build())
                .build();

        assertEquals("CPU vendors differ: pool prod-intel runs Intel CPUs, xs-hygon has a Hygon CPU"
                + " (Hygon C86 7185 32-core Processor); Intel VT-x and AMD-V hosts never share a pool",
                vendorMessage(SamplePools.enterpriseIntelPool(), hygon));
    }
}
