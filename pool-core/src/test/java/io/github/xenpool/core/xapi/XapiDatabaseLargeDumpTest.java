package io.github.xenpool.core.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * A dump of more than 100 MB, made up as it is read, goes through the reader that keeps only
 * some tables, in a JVM of 64 MB of heap (pool-core's pom runs this class alone in such a JVM,
 * which sets {@code xenpool.small-heap}). Like a large pool's, the dump is mostly messages and
 * disks, which the reader reads past; on one line, as xapi writes it, with the XML entities and
 * protected spaces of real values.
 */
class XapiDatabaseLargeDumpTest {

    private static final long SMALL_HEAP = 64L << 20;
    private static final int HOSTS = 16;
    private static final int VMS = 2_000;
    private static final int MESSAGES = 125_000;
    private static final int VDIS = 70_000;

    @Test
    void aDumpOfMoreThan100MegabytesIsReadByStreamingInASmallHeapKeepingOnlyTheTablesAskedFor() {
        assumeTrue(Boolean.getBoolean("xenpool.small-heap"), "runs in pool-core's small-heap execution");
        assertTrue(Runtime.getRuntime().maxMemory() <= SMALL_HEAP + (SMALL_HEAP / 8),
                "the heap is small: " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        GeneratedDump dump = new GeneratedDump();
        // A few seconds on an idle machine of two CPUs, twelve when other builds load it eightfold;
        // the bound is for a reader that would stop streaming, not for a busy machine.
        XapiRecords records = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> XapiDatabase.read(dump, "large.db", Set.of("host", "VM", "pool", "Bond")));

        assertTrue(dump.produced() > 100_000_000L, dump.produced() + " bytes");
        assertTrue(dump.atEnd(), "read to the end");
        assertEquals(List.of("host", "VM", "pool", "Bond"), List.copyOf(records.classes()));
        assertFalse(records.has("message"));
        assertFalse(records.has("VDI"));
        assertEquals(HOSTS, records.all("host").size());
        assertEquals(VMS, records.all("VM").size());
        assertEquals(1, records.all("pool").size());
        assertEquals(List.of(), records.all("Bond"));
        assertEquals("5", records.manifest().get("schema_major_vsn"));

        XapiRecord host = records.all("host").get(HOSTS - 1);
        assertEquals("xs-16 <rack \"B\">", host.field("name_label").orElseThrow().asText("name_label"));
        Map<String, String> cpu = host.field("cpu_info").orElseThrow().asMap(host.where("cpu_info"));
        assertEquals("Intel(R) Xeon(R) CPU           X5650  @ 2.67GHz", cpu.get("modelname"));
        XapiRecord vm = records.byRef("OpaqueRef:vm-1999").orElseThrow();
        assertEquals("web 1999 & co", vm.field("name_label").orElseThrow().asText("name_label"));
        assertEquals("OpaqueRef:host-15", vm.field("resident_on").orElseThrow().asText("resident_on"));
    }

    /** The dump's bytes, made one row at a time as they are read. */
    private static final class GeneratedDump extends InputStream {

        private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><database><manifest>"
                + "<pair key=\"schema_major_vsn\" value=\"5\"/><pair key=\"schema_minor_vsn\" value=\"66\"/>"
                + "<pair key=\"generation_count\" value=\"123456\"/></manifest>";

        private static final List<Table> TABLES = List.of(
                new Table("host", HOSTS, GeneratedDump::host),
                new Table("message", MESSAGES, GeneratedDump::message),
                new Table("VM", VMS, GeneratedDump::vm),
                new Table("VDI", VDIS, GeneratedDump::vdi),
                new Table("pool", 1, i -> "<row ref=\"OpaqueRef:pool\" name_label=\"big\" master=\"OpaqueRef:host-0\"/>"),
                new Table("Bond", 0, i -> ""),
                new Table("task", 0, i -> ""));

        private byte[] chunk = HEAD.getBytes(StandardCharsets.UTF_8);
        private int pos;
        private int table;
        private int row = -1;
        private boolean done;
        private long produced;

        private record Table(String name, int rows, IntFunction<String> row) {
        }

        static String host(int i) {
            return "<row ref=\"OpaqueRef:host-" + i + "\" _ref=\"OpaqueRef:host-" + i + "\" __ctime=\"" + i
                    + "\" __mtime=\"" + (i + 7) + "\" uuid=\"00000000-0000-0000-0000-" + twelveDigits(i)
                    + "\" name__label=\"xs-" + (i + 1) + "%.&lt;rack%.&quot;" + (i < 8 ? "A" : "B") + "&quot;&gt;\""
                    + " cpu_info=\"(('cpu_count' '24') ('vendor' 'GenuineIntel') ('modelname' "
                    + "'Intel(R) Xeon(R) CPU%_%_%_%_%_ X5650%_@ 2.67GHz') ('features' '009ee3fd-bfebfbff-00000001-2c100800'))\""
                    + " software_version=\"(('product_version' '6.0.50') ('xapi' '1.3'))\" enabled=\"true\"/>";
        }

        static String message(int i) {
            return "<row ref=\"OpaqueRef:msg-" + i + "\" _ref=\"OpaqueRef:msg-" + i + "\" __ctime=\"" + i
                    + "\" __mtime=\"" + i + "\" uuid=\"11111111-2222-3333-4444-" + twelveDigits(i)
                    + "\" name=\"VM_STARTED\" priority=\"3\" cls=\"VM\" obj_uuid=\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\""
                    + " timestamp=\"20110321T09:44:22Z\" body=\"VM%.&quot;web%." + i + "&quot;%.started%.on%.host"
                    + "%.&lt;xs-01&gt;%.&amp;%.its%.balloon%.target%.was%.set%.to%.1024%.MiB%n"
                    + "The%.guest%.agent%.reported%.its%.addresses%.&apos;10.0.0.1&apos;%.and%.&apos;fe80::1&apos;%n"
                    + "%%%.of%.memory%.used:%.42\"/>";
        }

        static String vm(int i) {
            return "<row ref=\"OpaqueRef:vm-" + i + "\" _ref=\"OpaqueRef:vm-" + i + "\" uuid=\"22222222-0000-0000-0000-"
                    + twelveDigits(i) + "\" name__label=\"web%." + i + "%.&amp;%.co\" power_state=\"Running\""
                    + " resident_on=\"OpaqueRef:host-" + (i % HOSTS) + "\" memory__static_max=\"1073741824\""
                    + " VCPUs__max=\"2\" platform=\"(('acpi' '1') ('apic' 'true') ('pae' 'true'))\""
                    + " other_config=\"(('install-methods' 'cdrom,nfs,http,ftp') ('mac_seed' 'x'))\""
                    + " is_a_template=\"false\" is_control_domain=\"false\"/>";
        }

        static String vdi(int i) {
            return "<row ref=\"OpaqueRef:vdi-" + i + "\" _ref=\"OpaqueRef:vdi-" + i + "\" uuid=\"33333333-0000-0000-0000-"
                    + twelveDigits(i) + "\" name__label=\"disk%." + i + "\" name__description=\"Created%.by%."
                    + "&quot;template&quot;%.&lt;Debian&gt;\" SR=\"OpaqueRef:sr-1\" virtual_size=\"8589934592\""
                    + " physical_utilisation=\"4294967296\" type=\"user\" sharable=\"false\" read_only=\"false\""
                    + " sm_config=\"(('vdi_type' 'vhd') ('vhd-parent' '44444444-0000-0000-0000-000000000000'))\""
                    + " other_config=\"()\" xenstore_data=\"()\" storage_lock=\"false\" location=\"33333333-" + i
                    + "\" managed=\"true\" missing=\"false\" parent=\"OpaqueRef:NULL\"/>";
        }

        static String twelveDigits(int i) {
            String digits = Integer.toString(i);
            return "000000000000".substring(digits.length()) + digits;
        }

        long produced() {
            return produced;
        }

        boolean atEnd() {
            return done && pos == chunk.length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (pos == chunk.length) {
                if (done) {
                    return -1;
                }
                chunk = next().getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            int n = Math.min(length, chunk.length - pos);
            System.arraycopy(chunk, pos, bytes, offset, n);
            pos += n;
            produced += n;
            return n;
        }

        /** The next piece of the dump: a table's start or end, a row, or the end of the dump. */
        private String next() {
            if (table == TABLES.size()) {
                done = true;
                return "</database>";
            }
            Table current = TABLES.get(table);
            if (row < 0) {
                row = 0;
                return "<table name=\"" + current.name() + "\">";
            }
            if (row < current.rows()) {
                return current.row().apply(row++);
            }
            table++;
            row = -1;
            return "</table>";
        }
    }
}
