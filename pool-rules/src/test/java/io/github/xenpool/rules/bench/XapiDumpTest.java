package io.github.xenpool.rules.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.xapi.Imported;
import io.github.xenpool.core.xapi.PoolImport;
import io.github.xenpool.core.xapi.XapiDatabase;
import io.github.xenpool.core.xapi.XapiRecord;
import io.github.xenpool.core.xapi.XapiRecords;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated dumps of the import benchmarks: what the import makes of them, and their seed. */
class XapiDumpTest {

    private static final XapiDump SMALL = new XapiDump(4, 42, 10, 7L);

    private static byte[] bytes(XapiDump dump) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dump.write(out);
        return out.toByteArray();
    }

    private static XapiRecords records(byte[] bytes) throws IOException {
        return XapiDatabase.read(new ByteArrayInputStream(bytes), "generated.db");
    }

    @Test
    void theSameSizeAndSeedGiveTheSameBytesAndAnotherSeedOthers() throws IOException {
        byte[] once = bytes(SMALL);
        assertArrayEquals(once, bytes(new XapiDump(4, 42, 10, 7L)));
        assertFalse(Arrays.equals(once, bytes(new XapiDump(4, 42, 10, 8L))));
    }

    @Test
    void everyHostAndEveryRunningGuestOnItAreImportedWithoutAWarning() throws IOException {
        Imported<Pool> imported = PoolImport.pool(records(bytes(SMALL)));
        Pool pool = imported.value();

        assertEquals(4, pool.size());
        for (int h = 0; h < 4; h++) {
            Host host = pool.members().get(h);
            assertEquals("xs" + h, host.hostname());
            assertEquals(SMALL.runningOn(h), host.vms().size(), host.hostname());
        }
        assertEquals(34, pool.members().stream().mapToInt(host -> host.vms().size()).sum(), "42 guests, 1 in 5 halted");
        assertEquals(2, pool.sharedStorage().size(), "NFS and iSCSI; the tools SR is not storage");
        assertEquals("Rack \"B\" <4 hosts>", pool.name());
        assertEquals(List.of(), imported.report().warnings());
        ImportBenchmark.check(pool, 4, 34, Path.of("generated.db"));
    }

    @Test
    void theImportOfTheTablesItReadsMakesTheSamePoolAsTheImportOfTheWholeDump() throws IOException {
        byte[] dump = bytes(SMALL);
        Pool whole = PoolImport.pool(records(dump)).value();
        XapiRecords tables = XapiDatabase.read(new ByteArrayInputStream(dump), "generated.db",
                PoolImport.tablesRead());

        assertEquals(whole, PoolImport.pool(tables).value());
        assertFalse(tables.has("VBD"));
        assertFalse(tables.has("message"));
    }

    @Test
    void theRecordsHaveEveryClassAndTheQuirksOfARealDump() throws IOException {
        XapiRecords records = records(bytes(SMALL));

        assertEquals(SMALL.vmRecords(), records.all("VM").size());
        assertEquals(4 * XapiDump.CPUS_PER_HOST, records.all("host_cpu").size());
        assertEquals(84, records.all("VDI").size());
        assertEquals(10, records.all("message").size());
        assertTrue(records.has("Bond") && records.all("Bond").isEmpty(), "empty tables are there");
        assertEquals("6.0.50", records.manifest().get("product_version"));
        XapiRecord host = records.all("host").get(0);
        String cpuInfo = host.field("cpu_info").orElseThrow().toString();
        assertTrue(cpuInfo.contains("'Intel(R) Xeon(R) CPU           X5650  @ 2.67GHz'"), cpuInfo);
        String licence = host.field("license_params").orElseThrow().toString();
        assertTrue(licence.contains("('company' 'Bob\\'s \"Hosting\" & Co')"), licence);
        String description = host.field("name_description").orElseThrow().toString();
        assertEquals("Default install of XenServer\nrack B, slot 0", description);
        assertTrue(host.fieldNames().contains("name__label"));
    }
}
