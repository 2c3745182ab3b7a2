package io.github.xenpool.testkit;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.core.cpu.Cpu;
import io.github.xenpool.core.cpu.CpuCatalog;
import io.github.xenpool.core.cpu.CpuModel;
import io.github.xenpool.core.cpu.CpuVendor;
import io.github.xenpool.core.cpu.MaskingSupport;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of real CPUs, drawn from the {@link CpuCatalog} shipped with pool-core: the libvirt
 * CPU models and the real hosts decoded from CPUID dumps (data from libvirt 11.3.0,
 * LGPL-2.1-or-later; see {@code DATA-NOTICE.md} in pool-core).
 *
 * <p>Picks shrink towards the first entries of the catalog.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class Cpus {

    static final List<CpuModel> MODELS_WITH_VENDOR = CpuCatalog.shipped().models().stream()
            .filter(m -> m.vendor().isPresent()).toList();

    private Cpus() {
    }

    /**
     * Any libvirt CPU model that has a vendor (131 of them).
     *
     * @return the generator
     */
    public static Gen<CpuModel> models() {
        return Generate.pick(MODELS_WITH_VENDOR);
    }

    /**
     * The libvirt CPU models of one vendor.
     *
     * @param vendor the vendor
     * @return the generator
     */
    public static Gen<CpuModel> models(CpuVendor vendor) {
        Objects.requireNonNull(vendor, "vendor");
        return Generate.pick(CpuCatalog.shipped().models(vendor));
    }

    /**
     * Any real host of the catalog (61 of them).
     *
     * @return the generator
     */
    public static Gen<CpuModel> realHosts() {
        return Generate.pick(CpuCatalog.shipped().realHosts());
    }

    /**
     * CPUs of real models, with any masking support and virtualization enabled.
     *
     * @return the generator
     */
    public static Gen<Cpu> cpus() {
        return models().zip(Generate.enumValues(MaskingSupport.class),
                (model, support) -> model.toCpuBuilder().maskingSupport(support).virtualizationEnabled(true).build());
    }

    /**
     * CPUs of real models of one vendor, with full masking support.
     *
     * @param vendor the vendor
     * @return the generator
     */
    public static Gen<Cpu> cpus(CpuVendor vendor) {
        return models(vendor).map(model -> model.toCpuBuilder().maskingSupport(MaskingSupport.FULL).virtualizationEnabled(true).build());
    }
}
