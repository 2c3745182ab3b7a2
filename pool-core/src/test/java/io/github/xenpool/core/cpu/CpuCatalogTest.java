package io.github.xenpool.core.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuCatalogTest {

    private final CpuCatalog catalog = CpuCatalog.shipped();

    @Test
    void holdsEveryLibvirtModelAndRealHost() {
        assertEquals(150, catalog.models().size());
        assertEquals(61, catalog.realHosts().size());
        assertEquals(98, catalog.models(CpuVendor.INTEL).size());
        assertEquals(30, catalog.models(CpuVendor.AMD).size());
        assertEquals(3, catalog.models(CpuVendor.HYGON).size());
    }

    @Test
    void knowsARealHostsIdentity() {
        CpuModel xeon = catalog.realHost("Xeon-E5-2650-v3");

        assertEquals(Optional.of(CpuVendor.INTEL), xeon.vendor());
        assertEquals("Intel(R) Xeon(R) CPU E5-2650 v3 @ 2.30GHz", xeon.description());
        assertEquals(6, xeon.family());
        assertEquals(63, xeon.model());
        assertEquals(2, xeon.stepping());
        assertTrue(xeon.features().contains(FeatureCatalog.x86().feature("avx2").featuresetIndex().getAsInt()));
    }

    @Test
    void aModelsIdentityComesFromItsFirstSignature() {
        CpuModel nehalem = catalog.model("Nehalem");

        assertEquals(6, nehalem.family());
        assertEquals(26, nehalem.model());
        assertEquals("078bfbfd-00982201-20100800-00000001", nehalem.features().withWordCount(4).toString());
    }

    @Test
    void buildsCpusFromCatalogEntries() {
        Cpu cpu = catalog.realHost("Hygon-C86-7185-32-core").toCpuBuilder().build();

        assertEquals(Optional.of(CpuVendor.HYGON), cpu.vendor());
        assertEquals("Hygon C86 7185 32-core Processor", cpu.modelName());
    }

    @Test
    void vendorNeutralModelsCannotBecomeHostCpus() {
        CpuModel qemu64 = catalog.model("qemu64");

        assertFalse(qemu64.vendor().isPresent());
        IllegalStateException e = assertThrows(IllegalStateException.class, qemu64::toCpuBuilder);
        assertTrue(e.getMessage().contains("qemu64 is vendor-neutral"), e.getMessage());
    }

    @Test
    void unknownNamesAreErrorsThatQuoteThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> catalog.model("Pentium-9"));
        assertTrue(e.getMessage().contains("\"Pentium-9\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> catalog.realHost("Nehalem"));
    }

    @Test
    void newerGenerationsAreNotAlwaysSupersets() {
        // IvyBridge -> Haswell loses f16c, rdrand, vme in libvirt's definitions; Zen dropped fma4, tbm, xop.
        FeatureCatalog names = FeatureCatalog.x86();
        assertEquals(java.util.Set.of("f16c", "rdrand", "vme"), java.util.Set.copyOf(names.names(
                catalog.model("IvyBridge").features().minus(catalog.model("Haswell").features()))));
        assertEquals("missing: xop, fma4, tbm", names.describeDifference(
                catalog.model("Opteron_G5").features(),
                catalog.model("EPYC").features()).replaceAll("; extra: .*", ""));
    }
}
