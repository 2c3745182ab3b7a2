package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.cpu.CpuInfo;
import io.github.xenpool.core.cpu.FeatureCatalog;
import io.github.xenpool.core.cpu.MaskingSupport;
import io.github.xenpool.core.software.SoftwareVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The samples that hold only pieces of a host (Python dicts from tests, an Xen Orchestra object,
 * {@code samples/fragments}) are no XenAPI output, so no reader takes them whole; the maps they
 * copy verbatim ({@code cpu_info}, {@code software_version}) are read here, cut out of the text by
 * the test, into the model's {@link CpuInfo} and {@link SoftwareVersion}.
 */
class FragmentSamplesTest {

    /** {@code 'key': 'value'} or {@code 'key': 6} of a Python dict, or {@code "key": "value"} of JSON. */
    private static final Pattern PAIR = Pattern.compile("['\"]([A-Za-z_:-]+)['\"]\\s*:\\s*(?:['\"]([^'\"]*)['\"]|(\\d+))");

    private static Map<String, String> pairs(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            pairs.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return pairs;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        int to = text.indexOf(end, from + start.length());
        assertTrue(from >= 0 && to > from, start);
        return text.substring(from + start.length(), to);
    }

    private static String text(String file) throws IOException {
        try (InputStream in = FragmentSamplesTest.class.getResourceAsStream("samples/fragments/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void novasFakeXeonX3430CpuInfoOfTheXenServer6EraReads() throws IOException {
        String dict = between(text("pydict__nova-xenapi-fake-xenhost-host_data__xs6.x-X3430.py.txt"),
                "'host_cpu_info': {", "}");
        // The flags run over several Python string pieces; the pairs kept are the single-line ones.
        Map<String, String> pairs = pairs(dict);
        pairs.remove("flags");

        CpuInfo info = CpuInfo.of(pairs);

        assertEquals(Optional.of(MaskingSupport.FULL), info.maskable());
        assertEquals(4, info.cpuCount().getAsInt());
        assertEquals(info.features(), info.physicalFeatures());
        assertTrue(info.physicalFeatures().orElseThrow().isSupersetOf(FeatureCatalog.x86().featureSet("sse4_2",
                "popcnt", "vmx")));
    }

    @Test
    void theXenServer84SoftwareVersionOfXapisOwnTestsHasTheKeysXapiCompares() throws IOException {
        String dict = between(text("pydict__xen-api-test_perfmon-host.get_all_records__xs8.4.0-stream-PARTIAL.py.txt"),
                "'software_version': {", "}");

        SoftwareVersion version = SoftwareVersion.of(pairs(dict));

        assertEquals(Optional.of("24.11"), version.xapi());
        assertEquals(Optional.of("5.775"), version.dbSchema());
        assertEquals(Optional.of("0"), version.gitId());
        assertEquals(Optional.of("XenServer"), version.compatibilityName());
        assertEquals(Optional.of("3.4.0"), version.platformVersion());
    }

    @Test
    void autoCertKitsXenServer7SoftwareVersionReads() throws IOException {
        SoftwareVersion version = SoftwareVersion.of(pairs(text(
                "pydict__auto-cert-kit-software_version__xs7.0.93-b133861c.py.txt")));

        assertEquals(Optional.of("1.9"), version.xapi());
        assertEquals(Optional.of("bridge"), version.networkBackend());
        assertEquals(Optional.empty(), version.dbSchema(), "XenServer 7.0 has no db_schema");
    }

    @Test
    void anXenOrchestraHostsCpusAreXapisCpuInfoWithTenWordPvAndHvmPolicies() throws IOException {
        String cpus = between(text("xo-cli-object__xen-orchestra-issue5457-host-E5430__xcpng-pre8.1-PARTIAL.json.txt"),
                "\"CPUs\": {", "}");

        CpuInfo info = CpuInfo.of(pairs(cpus));

        assertEquals(10, info.featuresPv().orElseThrow().wordCount());
        assertEquals(10, info.featuresHvm().orElseThrow().wordCount());
        assertTrue(info.featuresHvm().orElseThrow().isSupersetOf(info.featuresPv().orElseThrow()));
        assertTrue(info.flags().orElseThrow().contains("sse4_1"));
        assertTrue(!info.flags().orElseThrow().contains("sse4_2"), "a Xeon E5430 (Harpertown) has no SSE4.2");
        assertEquals(2, info.socketCount().getAsInt());
    }
}
