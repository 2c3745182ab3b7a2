package io.github.xenpool.rules.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * A made-up xapi database dump of a pool, as {@code xe pool-dump-database} of XenServer 6.0
 * writes it, modelled field by field on the real {@code tampa} and {@code Cowley-db} samples
 * of pool-core's tests; drawn with a seed, so that the same size and seed give the same bytes.
 *
 * <p>The pool has {@code hosts} hosts, the first its master, each with {@value #CPUS_PER_HOST}
 * {@code host_cpu} records, a metrics record, a management PIF (eth0, DHCP) and a second one
 * (eth1) with their PIF_metrics, a local LVM SR, and a PBD for it and for each of the pool's
 * shared SRs (NFS, iSCSI, and the tools ISO SR, which is known by its {@code other_config}). A
 * third of the hosts run an Intel Xeon X5650 (cpu_info with protected double spaces), the rest
 * an X3450. The {@code vms} guests are spread over the hosts round robin, one in five halted
 * ({@code resident_on} = {@code OpaqueRef:NULL}); each has two disks (VBD + VDI), a VIF,
 * VM_metrics and, when running, VM_guest_metrics and a console. Each host's control domain and
 * {@value #TEMPLATES} templates are VM records too. {@code messages} message records, which a
 * large pool's database is mostly made of, come last, with tasks and sessions empty.
 *
 * <p>The quirks of real dumps are all here: one line, both {@code ref} and {@code _ref},
 * {@code __ctime}/{@code __mtime}, namespaced names ({@code name__label}) beside the pool's
 * {@code name_label}, S-expression sets and maps with {@code \'} inside strings, {@code &quot;},
 * {@code &lt;}, {@code &gt;} and {@code &amp;}, xapi's {@code %_} (two spaces) and {@code %n}
 * protection of white space, a {@code last_booted_record} S-expression of a few KB per running
 * VM, and the empty tables of the classes a pool does not use.
 *
 * @param hosts the number of hosts, at least 1
 * @param vms the number of guest VMs
 * @param messages the number of message records
 * @param seed the seed of the UUIDs, addresses and names
 */
record XapiDump(int hosts, int vms, int messages, long seed) {

    /** host_cpu records per host. */
    static final int CPUS_PER_HOST = 8;
    /** Templates in the VM table. */
    static final int TEMPLATES = 40;
    private static final int SHARED_SRS = 3;

    /** The benchmark's pool: 64 hosts, 5,000 VMs, about 55 MB. */
    static final XapiDump POOL_64_HOSTS = new XapiDump(64, 5_000, 0, 20261126L);
    /** A dump of a little more than 100 MB: 128 hosts, 8,000 VMs and 30,000 messages. */
    static final XapiDump ABOUT_100_MB = new XapiDump(128, 8_000, 30_000, 20261126L);

    XapiDump {
        if (hosts < 1 || vms < 0 || messages < 0) {
            throw new IllegalArgumentException("expected at least one host and no negative count, got " + this);
        }
    }

    /**
     * The number of VM records: guests, control domains and templates.
     *
     * @return the count
     */
    int vmRecords() {
        return vms + hosts + TEMPLATES;
    }

    /**
     * The number of guests resident on a host (the others are halted).
     *
     * @param host the host's index
     * @return the count
     */
    int runningOn(int host) {
        int running = 0;
        for (int vm = host; vm < vms; vm += hosts) {
            if (isRunning(vm)) {
                running++;
            }
        }
        return running;
    }

    private static boolean isRunning(int vm) {
        return vm % 5 != 4;
    }

    /**
     * Writes the dump to a file in a directory, unless a file of this size and seed is there
     * already; the file's name says its size and seed.
     *
     * @param directory such as {@code target/xapi-dumps}
     * @return the file
     */
    Path writeTo(Path directory) {
        Path file = directory.resolve("xapi-db__generated-" + hosts + "hosts-" + vms + "vms-" + messages
                + "messages-seed" + seed + ".xml");
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "xapi-db", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                write(out);
            }
            return Files.move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the dump, as UTF-8 on one line.
     *
     * @param out where to; left open
     * @throws IOException if writing fails
     */
    void write(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        new Rows(writer, new Random(seed)).dump();
        writer.flush();
    }

    /**
     * Writes one dump: every object's reference is drawn before the tables that name it are
     * written.
     */
    private final class Rows {

        private final Writer out;
        private final Random random;
        private final StringBuilder row = new StringBuilder(8192);
        private final String pool;
        private final String[] host;
        private final String[] hostMetrics;
        private final String[][] cpus;
        private final String[][] pifs;
        private final String[][] pifMetrics;
        private final String[] localSr;
        private final String[] sharedSr;
        private final String[][] pbds;
        private final String[] network;
        private final String[] dom0;
        private final String[] guest;
        private final String[] templates;
        private final String[][] vbds;
        private final String[][] vdis;
        private final String[] vifs;
        private final String[] vmMetrics;
        private final String[] guestMetrics;
        private final String[] consoles;
        private final String[] sms;

        Rows(Writer out, Random random) {
            this.out = out;
            this.random = random;
            pool = ref();
            host = refs(hosts);
            hostMetrics = refs(hosts);
            cpus = refs(hosts, CPUS_PER_HOST);
            pifs = refs(hosts, 2);
            pifMetrics = refs(hosts, 2);
            localSr = refs(hosts);
            sharedSr = refs(SHARED_SRS);
            pbds = refs(hosts, 1 + SHARED_SRS);
            network = refs(3);
            dom0 = refs(hosts);
            guest = refs(vms);
            templates = refs(TEMPLATES);
            vbds = refs(vms, 2);
            vdis = refs(vms, 2);
            vifs = refs(vms);
            vmMetrics = refs(vms);
            guestMetrics = refs(vms);
            consoles = refs(vms);
            sms = refs(4);
        }

        private String ref() {
            return "OpaqueRef:" + uuid();
        }

        private String uuid() {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }

        private String[] refs(int count) {
            String[] refs = new String[count];
            for (int i = 0; i < count; i++) {
                refs[i] = ref();
            }
            return refs;
        }

        private String[][] refs(int count, int each) {
            String[][] refs = new String[count][];
            for (int i = 0; i < count; i++) {
                refs[i] = refs(each);
            }
            return refs;
        }

        void dump() throws IOException {
            out.write("<database><manifest>");
            pair("installation_uuid", uuid());
            pair("control_domain_uuid", uuid());
            pair("pool_conf", "master");
            pair("pool_token", uuid() + "/" + uuid() + "/" + uuid());
            pair("schema_major_vsn", "5");
            pair("schema_minor_vsn", "64");
            pair("product_version", "6.0.50");
            pair("product_brand", "XenServer");
            pair("build_number", "58062c");
            pair("xapi_major_vsn", "1");
            pair("xapi_minor_vsn", "3");
            pair("generation_count", Integer.toString(8092 + vms));
            out.write("</manifest>");
            empty("host_crashdump");
            table("pool", 1, i -> pool());
            table("host", hosts, this::host);
            table("host_cpu", hosts * CPUS_PER_HOST, this::hostCpu);
            table("host_metrics", hosts, this::hostMetrics);
            empty("host_patch");
            empty("pool_patch");
            table("network", network.length, this::network);
            table("PIF", hosts * 2, this::pif);
            table("PIF_metrics", hosts * 2, this::pifMetrics);
            empty("Bond");
            empty("VLAN");
            empty("tunnel");
            table("SM", sms.length, this::sm);
            table("SR", hosts + SHARED_SRS, this::sr);
            table("PBD", hosts * (1 + SHARED_SRS), this::pbd);
            table("VM", vmRecords(), this::vm);
            table("VM_metrics", vms, this::vmMetrics);
            table("VM_guest_metrics", vms, this::guestMetrics);
            table("VBD", vms * 2, this::vbd);
            table("VDI", vms * 2, this::vdi);
            table("VIF", vms, this::vif);
            table("console", vms, this::console);
            table("message", messages, this::message);
            empty("task");
            empty("session");
            empty("secret");
            out.write("</database>");
        }

        private void pair(String key, String value) throws IOException {
            out.write("<pair key=\"" + key + "\" value=\"" + value + "\"/>");
        }

        private void empty(String name) throws IOException {
            out.write("<table name=\"" + name + "\"/>");
        }

        /** Writes the rows of one table; skips those for which the row writer writes nothing. */
        private void table(String name, int count, RowWriter rows) throws IOException {
            out.write("<table name=\"" + name + "\">");
            for (int i = 0; i < count; i++) {
                row.setLength(0);
                rows.write(i);
                if (row.length() > 0) {
                    row.append("/>");
                    out.append(row);
                }
            }
            out.write("</table>");
        }

        /** Starts a row as xapi does: ref, the generation counters, _ref. */
        private void start(String ref) {
            int created = random.nextInt(9000);
            row.append("<row ref=\"").append(ref).append("\" __ctime=\"").append(created).append("\" __mtime=\"")
                    .append(created + random.nextInt(900)).append("\" _ref=\"").append(ref).append('"');
        }

        /** A field whose value needs neither protection nor escaping. */
        private void plain(String name, String value) {
            row.append(' ').append(name).append("=\"").append(value).append('"');
        }

        /** A field as xapi writes any string: white space protected, then XML-escaped. */
        private void text(String name, String value) {
            row.append(' ').append(name).append("=\"");
            escape(protect(value));
            row.append('"');
        }

        private void set(String name, String... items) {
            StringBuilder set = new StringBuilder("(");
            for (String item : items) {
                set.append(set.length() > 1 ? " " : "").append(quoted(item));
            }
            text(name, set.append(')').toString());
        }

        private void map(String name, String... keysAndValues) {
            StringBuilder map = new StringBuilder("(");
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.append(i > 0 ? " " : "").append('(').append(quoted(keysAndValues[i])).append(' ')
                        .append(quoted(keysAndValues[i + 1])).append(')');
            }
            text(name, map.append(')').toString());
        }

        /** An S-expression string: quoted, with ' and \ escaped by a backslash. */
        private String quoted(String value) {
            return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }

        /** xapi's Xml_spaces before 2017: % doubled, two spaces as %_, a line feed as %n. */
        private String protect(String value) {
            return value.replace("%", "%%").replace("  ", "%_").replace("\n", "%n").replace("\t", "%t");
        }

        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '"':
                        row.append("&quot;");
                        break;
                    case '<':
                        row.append("&lt;");
                        break;
                    case '>':
                        row.append("&gt;");
                        break;
                    case '&':
                        row.append("&amp;");
                        break;
                    default:
                        row.append(c);
                }
            }
        }

        private String mac() {
            return String.format(Locale.ROOT, "%02x:%02x:%02x:%02x:%02x:%02x", random.nextInt(256) & 0xfe,
                    random.nextInt(256), random.nextInt(256), random.nextInt(256), random.nextInt(256),
                    random.nextInt(256));
        }

        private String address(int i) {
            return "10.80." + (224 + i / 250) + "." + (1 + i % 250);
        }

        private String[] residentOn(int h) {
            List<String> resident = new ArrayList<>();
            resident.add(dom0[h]);
            for (int vm = h; vm < vms; vm += hosts) {
                if (isRunning(vm)) {
                    resident.add(guest[vm]);
                }
            }
            return resident.toArray(String[]::new);
        }

        private String[] restrictions() {
            return new String[] {"restrict_vswitch_controller", "false", "restrict_lab", "false", "restrict_vlan",
                "false", "restrict_qos", "false", "restrict_pool_attached_storage", "false", "restrict_pooling",
                "false", "enable_xha", "true", "restrict_marathon", "false", "restrict_email_alerting", "false",
                "restrict_historical_performance", "false", "restrict_wlb", "false", "restrict_rbac", "false",
                "restrict_dmc", "false", "restrict_checkpoint", "false", "restrict_cpu_masking", "false",
                "restrict_connection", "false", "platform_filter", "false", "regular_nag_dialog", "false",
                "restrict_vmpr", "false", "restrict_intellicache", "false", "restrict_gpu", "false", "restrict_dr",
                "false", "restrict_vif_locking", "false", "restrict_storage_xen_motion", "false"};
        }

        private void pool() {
            start(pool);
            plain("blobs", "()");
            plain("crash_dump_SR", sharedSr[0]);
            plain("default_SR", sharedSr[0]);
            plain("gui_config", "()");
            plain("ha_allow_overcommit", "false");
            plain("ha_configuration", "()");
            plain("ha_enabled", "false");
            plain("ha_host_failures_to_tolerate", "0");
            plain("ha_overcommitted", "false");
            plain("ha_plan_exists_for", "0");
            plain("ha_statefiles", "()");
            plain("master", host[0]);
            plain("metadata_VDIs", "()");
            plain("name_description", "");
            text("name_label", "Rack \"B\" <" + hosts + " hosts>");
            map("other_config", "cpuid_feature_mask", "ffffff7f-ffffffff-ffffffff-ffffffff", "memory-ratio-hvm",
                    "0.25", "memory-ratio-pv", "0.25");
            plain("redo_log_enabled", "false");
            plain("redo_log_vdi", "OpaqueRef:NULL");
            map("restrictions", restrictions());
            plain("suspend_image_SR", sharedSr[0]);
            plain("tags", "()");
            plain("uuid", uuid());
            plain("vswitch_controller", "");
            plain("wlb_enabled", "false");
            plain("wlb_password", "OpaqueRef:NULL");
            plain("wlb_url", "");
            plain("wlb_username", "");
            plain("wlb_verify_cert", "false");
        }

        private boolean westmere(int h) {
            return h % 3 == 0;
        }

        private String modelName(int h) {
            return westmere(h) ? "Intel(R) Xeon(R) CPU           X5650  @ 2.67GHz"
                    : "Intel(R) Xeon(R) CPU           X3450  @ 2.67GHz";
        }

        private String features(int h) {
            return westmere(h) ? "009ee3fd-bfebfbff-00000001-2c100800" : "0098e3fd-bfebfbff-00000001-28100800";
        }

        private static final String FLAGS = "fpu de tsc msr pae mce cx8 apic sep mtrr mca cmov pat clflush acpi mmx"
                + " fxsr sse sse2 ss ht nx constant_tsc nonstop_tsc aperfmperf pni vmx est ssse3 sse4_1 sse4_2 popcnt"
                + " hypervisor ida tpr_shadow vnmi flexpriority ept vpid";

        private void host(int h) {
            start(host[h]);
            plain("API_version__major", "1");
            plain("API_version__minor", "10");
            plain("API_version__vendor", "XenSource");
            plain("API_version__vendor_implementation", "()");
            String[] pbdsOfHost = pbds[h];
            set("PBDs", pbdsOfHost);
            plain("PCIs", "()");
            plain("PGPUs", "()");
            set("PIFs", pifs[h]);
            plain("address", address(h));
            set("allowed_operations", "vm_migrate", "evacuate", "provision", "vm_resume", "vm_start");
            map("bios_strings", "bios-vendor", "Dell Inc.", "bios-version", "1.1.5", "system-manufacturer",
                    "Dell Inc.", "system-product-name", "PowerEdge R310", "system-version", "",
                    "system-serial-number", "HB" + (44 + h) + "V4J", "oem-1", "Xen", "oem-2",
                    "MS_VM_CERT/SHA1/bdbeb6e0a816d43fa6d3fe8aaef04c2bad9d3e3d", "oem-3", "Dell System", "oem-4",
                    "5[0000]", "hp-rombios", "");
            plain("blobs", "()");
            plain("boot_free_mem", Long.toString(8395051008L + h));
            set("capabilities", "xen-3.0-x86_64", "xen-3.0-x86_32p", "hvm-3.0-x86_32", "hvm-3.0-x86_32p",
                    "hvm-3.0-x86_64", "");
            map("chipset_info", "iommu", "true");
            plain("cpu_configuration", "()");
            map("cpu_info", "cpu_count", Integer.toString(CPUS_PER_HOST), "vendor", "GenuineIntel", "speed",
                    "2660.026", "modelname", modelName(h), "family", "6", "model", westmere(h) ? "44" : "30",
                    "stepping", westmere(h) ? "2" : "5", "flags", FLAGS, "features", features(h),
                    "features_after_reboot", features(h), "physical_features", features(h), "maskable", "full");
            plain("crash_dump_sr", localSr[h]);
            plain("crashdumps", "()");
            plain("current_operations", "()");
            plain("edition", "platinum");
            plain("enabled", "true");
            plain("external_auth_configuration", "()");
            plain("external_auth_service_name", "");
            plain("external_auth_type", "");
            plain("ha_network_peers", "()");
            plain("ha_statefiles", "()");
            set("host_CPUs", cpus[h]);
            plain("hostname", "xs" + h);
            map("license_params", "sku_type", "platinum", "version", "6.0.50", "serialnumber", "", "sockets", "1",
                    "productcode", "", "expiry", "20301031T09:46:07Z", "grace", "no", "name", "", "company",
                    "Bob's \"Hosting\" & Co", "sku_marketing_name", "Citrix XenServer Platinum Edition",
                    "restrict_pooling", "false", "restrict_cpu_masking", "false", "enable_xha", "true");
            map("license_server", "port", "27000", "address", "license-server");
            plain("local_cache_sr", "OpaqueRef:NULL");
            plain("logging", "()");
            plain("memory__overhead", "193835008");
            plain("metrics", hostMetrics[h]);
            text("name__description", "Default install of XenServer\nrack B, slot " + h);
            text("name__label", "xs" + h);
            map("other_config", "iscsi_iqn", "iqn.2012-08.com.example:" + uuid().substring(0, 8), "agent_start_time",
                    "1344848843.", "boot_time", "1344848767.");
            plain("patches", "()");
            plain("power_on_config", "()");
            plain("power_on_mode", "");
            set("resident_VMs", residentOn(h));
            plain("sched_policy", "credit");
            map("software_version", "product_version", "6.0.50", "product_version_text", "6.0",
                    "product_version_text_short", "6.0", "platform_name", "XCP", "platform_version", "1.5.50",
                    "product_brand", "XenServer", "build_number", "58062c", "hostname", "thosa-3", "date",
                    "2012-08-10", "dbv", "2010.0521", "xapi", "1.3", "xen", "4.1.2", "linux",
                    "2.6.32.43-0.4.1.xs1.5.50.734.170748xen", "xencenter_min", "1.10", "xencenter_max", "1.10",
                    "network_backend", "openvswitch", "xs:xenserver-transfer-vm",
                    "XenServer Transfer VM, version 6.0.50, build 58048c", "package-linux", "installed", "xs:linux",
                    "Linux Pack, version 6.0.50, build 58062c", "xs:main",
                    "XenServer Pack, version 6.0.50, build 58062c", "xcp:main",
                    "Base Pack, version 1.5.50, build 58062c");
            set("supported_bootloaders", "pygrub", "eliloader");
            plain("suspend_image_sr", localSr[h]);
            plain("tags", "()");
            plain("uuid", uuid());
        }

        private void hostCpu(int i) {
            int h = i / CPUS_PER_HOST;
            start(cpus[h][i % CPUS_PER_HOST]);
            plain("family", "6");
            plain("features", "");
            plain("flags", FLAGS);
            plain("host", host[h]);
            plain("model", westmere(h) ? "44" : "30");
            text("modelname", modelName(h));
            plain("number", Integer.toString(i % CPUS_PER_HOST));
            plain("other_config", "()");
            plain("speed", "2660");
            plain("stepping", westmere(h) ? "2" : "5");
            plain("utilisation", "0");
            plain("uuid", uuid());
            plain("vendor", "GenuineIntel");
        }

        private void hostMetrics(int h) {
            start(hostMetrics[h]);
            plain("last_updated", "20120813T09:15:12Z");
            plain("live", "true");
            plain("memory__free", "7844196352");
            plain("memory__total", "8579674112");
            plain("other_config", "()");
            plain("uuid", uuid());
        }

        private void network(int n) {
            start(network[n]);
            plain("MTU", "1500");
            if (n == 0) {
                plain("PIFs", "()");
            } else {
                String[] attached = new String[hosts];
                for (int h = 0; h < hosts; h++) {
                    attached[h] = pifs[h][n - 1];
                }
                set("PIFs", attached);
            }
            plain("VIFs", "()");
            plain("allowed_operations", "()");
            plain("blobs", "()");
            plain("bridge", n == 0 ? "xenapi" : "xenbr" + (n - 1));
            plain("current_operations", "()");
            plain("default_locking_mode", "unlocked");
            text("name__description", n == 0 ? "Network on which guests will be assigned a private link-local IP"
                    + " address which can be used to talk XenAPI" : "");
            text("name__label", n == 0 ? "Host internal management network" : "Pool-wide network associated with"
                    + " eth" + (n - 1));
            if (n == 0) {
                map("other_config", "is_guest_installer_network", "true", "is_host_internal_management_network",
                        "true", "ip_begin", "169.254.0.1", "ip_end", "169.254.255.254", "netmask", "255.255.0.0");
            } else {
                plain("other_config", "()");
            }
            plain("tags", "()");
            plain("uuid", uuid());
        }

        private void pif(int i) {
            int h = i / 2;
            boolean management = i % 2 == 0;
            start(pifs[h][i % 2]);
            plain("DNS", "");
            plain("IP", management ? address(h) : "");
            plain("IPv6", "('')");
            plain("MAC", mac());
            plain("MTU", "1500");
            plain("VLAN", "-1");
            plain("VLAN_master_of", "OpaqueRef:NULL");
            plain("VLAN_slave_of", "()");
            plain("bond_master_of", "()");
            plain("bond_slave_of", "OpaqueRef:NULL");
            plain("currently_attached", Boolean.toString(management));
            plain("device", "eth" + i % 2);
            plain("device_name", "eth" + i % 2);
            plain("disallow_unplug", "false");
            plain("gateway", "");
            plain("host", host[h]);
            plain("ip_configuration_mode", management ? "DHCP" : "None");
            plain("ipv6_configuration_mode", "None");
            plain("ipv6_gateway", "");
            plain("management", Boolean.toString(management));
            plain("metrics", pifMetrics[h][i % 2]);
            plain("netmask", management ? "255.255.240.0" : "");
            plain("network", network[1 + i % 2]);
            plain("other_config", "()");
            plain("physical", "true");
            plain("primary_address_type", "IPv4");
            plain("tunnel_access_PIF_of", "()");
            plain("tunnel_transport_PIF_of", "()");
            plain("uuid", uuid());
        }

        private void pifMetrics(int i) {
            start(pifMetrics[i / 2][i % 2]);
            plain("carrier", "true");
            plain("device_id", "163b");
            plain("device_name", "NetXtreme II BCM5716 Gigabit Ethernet");
            plain("duplex", "true");
            plain("io__read_kbs", "0");
            plain("io__write_kbs", "0");
            plain("last_updated", "20120813T09:15:30Z");
            plain("other_config", "()");
            plain("pci_bus_path", "0000:02:00." + i % 2);
            plain("speed", "1000");
            plain("uuid", uuid());
            plain("vendor_id", "14e4");
            plain("vendor_name", "Broadcom Corporation");
        }

        private void sm(int i) {
            String[] types = {"lvm", "nfs", "lvmoiscsi", "iso"};
            start(sms[i]);
            set("capabilities", "SR_PROBE", "SR_UPDATE", "VDI_CREATE", "VDI_DELETE", "VDI_ATTACH", "VDI_DETACH",
                    "VDI_CLONE", "VDI_SNAPSHOT");
            map("configuration", "server", "the server name or IP address (required)", "serverpath",
                    "the path on the server (required)", "options", "'soft', 'hard' (optional)");
            plain("copyright", "(C) 2008 Citrix Systems Inc");
            plain("driver_filename", "/opt/xensource/sm/" + types[i].toUpperCase(Locale.ROOT) + "SR");
            text("name__description", "SR plugin which represents disks as VHD files <" + types[i] + ">");
            plain("name__label", types[i]);
            plain("other_config", "()");
            plain("required_api_version", "1.0");
            plain("type", types[i]);
            plain("uuid", uuid());
            plain("vendor", "Citrix Systems Inc");
            plain("version", "1.0");
        }

        private void sr(int i) {
            boolean shared = i >= hosts;
            int s = i - hosts;
            String ref = shared ? sharedSr[s] : localSr[i];
            start(ref);
            if (shared) {
                String[] attached = new String[hosts];
                for (int h = 0; h < hosts; h++) {
                    attached[h] = pbds[h][1 + s];
                }
                set("PBDs", attached);
            } else {
                set("PBDs", pbds[i][0]);
            }
            plain("VDIs", "()");
            set("allowed_operations", "vdi_create", "vdi_snapshot", "pbd_create", "pbd_destroy", "plug", "update",
                    "vdi_destroy", "scan", "vdi_clone", "vdi_resize", "unplug");
            plain("blobs", "()");
            plain("content_type", shared && s == 2 ? "iso" : "user");
            plain("current_operations", "()");
            plain("default_vdi_visibility", "true");
            plain("introduced_by", "OpaqueRef:NULL");
            plain("local_cache_enabled", "false");
            plain("name__description", "");
            text("name__label", shared ? new String[] {"NFS \"gold\" store", "iSCSI <LUN 1>", "XenServer Tools"}[s]
                    : "Local storage");
            if (shared && s == 2) {
                map("other_config", "xensource_internal", "true", "xenserver_tools_sr", "true",
                        "i18n-original-value-name_label", "XenServer Tools", "i18n-key", "xenserver-tools");
            } else {
                map("other_config", "i18n-original-value-name_label", "Local storage", "i18n-key", "local-storage");
            }
            plain("physical_size", "241382195200");
            plain("physical_utilisation", "25165824");
            plain("shared", Boolean.toString(shared));
            map("sm_config", "allocation", "thick", "use_vhd", "true", "devserial",
                    "scsi-SATA_WDC_WD2502ABYS-_WD-WCAT1F7" + i);
            plain("tags", "()");
            plain("type", shared ? new String[] {"nfs", "lvmoiscsi", "iso"}[s] : "lvm");
            plain("uuid", uuid());
            plain("virtual_allocation", "12582912");
        }

        private void pbd(int i) {
            int h = i / (1 + SHARED_SRS);
            int s = i % (1 + SHARED_SRS) - 1;
            start(pbds[h][s + 1]);
            plain("SR", s < 0 ? localSr[h] : sharedSr[s]);
            plain("currently_attached", "true");
            if (s == 0) {
                map("device_config", "server", "nfs01.example.com", "serverpath", "/export/xen");
            } else if (s == 1) {
                map("device_config", "port", "3260", "target", "10.80.228.43", "SCSIid",
                        "36001405658e21dbd5445d4892db29bd4", "targetIQN", "iqn.2004-04.com.qnap:ts-859uplus:iscsi.01");
            } else if (s == 2) {
                map("device_config", "location", "/opt/xensource/packages/iso", "legacy_mode", "true");
            } else {
                map("device_config", "device", "/dev/disk/by-id/scsi-SATA_WDC_WD2502ABYS-_WD-WCAT1F7" + h + "-part3");
            }
            plain("host", host[h]);
            map("other_config", "storage_driver_domain", dom0[h]);
            plain("uuid", uuid());
        }

        private void vm(int i) {
            if (i < vms) {
                guest(i);
            } else if (i < vms + hosts) {
                controlDomain(i - vms);
            } else {
                template(i - vms - hosts);
            }
        }

        private void guest(int i) {
            boolean running = isRunning(i);
            int h = i % hosts;
            String ref = guest[i];
            String uuid = uuid();
            String name = i % 7 == 0 ? "db " + i + " \"prod\" <eu-west>" : "web-" + i;
            start(ref);
            plain("HVM__boot_params", i % 2 == 0 ? "()" : "(('order' 'dc'))");
            plain("HVM__boot_policy", i % 2 == 0 ? "" : "BIOS order");
            plain("HVM__shadow_multiplier", "1");
            plain("PCI_bus", "");
            plain("PV__args", i % 2 == 0 ? "console=hvc0" : "");
            plain("PV__bootloader", i % 2 == 0 ? "pygrub" : "");
            plain("PV__bootloader_args", "");
            plain("PV__kernel", "");
            plain("PV__legacy_args", "");
            plain("PV__ramdisk", "");
            set("VBDs", vbds[i]);
            plain("VCPUs__at_startup", "2");
            plain("VCPUs__max", "2");
            plain("VCPUs__params", "()");
            plain("VGPUs", "()");
            set("VIFs", vifs[i]);
            plain("VTPMs", "()");
            plain("actions__after_crash", "restart");
            plain("actions__after_reboot", "restart");
            plain("actions__after_shutdown", "destroy");
            plain("affinity", host[h]);
            set("allowed_operations", running ? new String[] {"changing_dynamic_range", "migrate_send",
                "pool_migrate", "changing_VCPUs_live", "suspend", "hard_reboot", "hard_shutdown", "clean_reboot",
                "clean_shutdown", "pause", "checkpoint", "snapshot"} : new String[] {"start", "start_on", "export",
                "clone", "copy", "snapshot", "destroy"});
            plain("appliance", "");
            plain("attached_PCIs", "()");
            map("bios_strings", "bios-vendor", "Xen", "bios-version", "", "system-manufacturer", "Xen",
                    "system-product-name", "HVM domU", "system-version", "", "system-serial-number", "", "hp-rombios",
                    "", "oem-1", "Xen", "oem-2", "MS_VM_CERT/SHA1/bdbeb6e0a816d43fa6d3fe8aaef04c2bad9d3e3d");
            plain("blobs", "()");
            plain("blocked_operations", "()");
            plain("children", "()");
            set("consoles", running ? new String[] {consoles[i]} : new String[0]);
            plain("crash_dumps", "()");
            if (i % 97 == 3 && running) {
                map("current_operations", ref(), "migrate_send");
            } else {
                plain("current_operations", "()");
            }
            plain("domarch", "");
            plain("domid", running ? Integer.toString(1 + i / hosts) : "-1");
            plain("guest_metrics", running ? guestMetrics[i] : "OpaqueRef:NULL");
            plain("ha_always_run", "false");
            plain("ha_restart_priority", "");
            plain("is_a_snapshot", "false");
            plain("is_a_template", "false");
            plain("is_control_domain", "false");
            plain("is_snapshot_from_vmpp", "false");
            map("last_boot_CPU_flags", "vendor", "GenuineIntel", "features", features(h));
            text("last_booted_record", running ? lastBootedRecord(i, uuid, name) : "");
            plain("memory__dynamic_max", "1073741824");
            plain("memory__dynamic_min", "536870912");
            plain("memory__overhead", "9437184");
            plain("memory__static_max", "1073741824");
            plain("memory__static_min", "268435456");
            plain("memory__target", running ? "1073741824" : "0");
            plain("metrics", vmMetrics[i]);
            text("name__description", i % 11 == 0 ? "Owner: Bob's team\nTicket  #" + i + " (100% done)" : "");
            text("name__label", name);
            plain("order", "0");
            map("other_config", "install-methods", "cdrom,nfs,http,ftp", "mac_seed", uuid(), "folder",
                    "/eu-west/Bob's \"web\" tier", "base_template_name", "Debian Squeeze 6.0 (32-bit)");
            plain("parent", "OpaqueRef:NULL");
            map("platform", "timeoffset", "0", "nx", "false", "viridian", "true", "acpi", "true", "pae", "true",
                    "apic", "true");
            plain("power_state", running ? "Running" : "Halted");
            plain("protection_policy", "OpaqueRef:NULL");
            plain("recommendations", "");
            plain("resident_on", running ? host[h] : "OpaqueRef:NULL");
            plain("scheduled_to_be_resident_on", "OpaqueRef:NULL");
            plain("shutdown_delay", "0");
            plain("snapshot_info", "()");
            plain("snapshot_metadata", "");
            plain("snapshot_of", "OpaqueRef:NULL");
            plain("snapshot_time", "19700101T00:00:00Z");
            plain("snapshots", "()");
            plain("start_delay", "0");
            plain("suspend_SR", sharedSr[0]);
            plain("suspend_VDI", "OpaqueRef:NULL");
            plain("tags", "()");
            plain("transportable_snapshot_id", "");
            plain("user_version", "1");
            plain("uuid", uuid);
            plain("version", "0");
            map("xenstore_data", "vm-data", "");
        }

        /** The VM's record as it booted: xapi's XML-RPC value as an S-expression, a few KB. */
        private String lastBootedRecord(int i, String uuid, String name) {
            return "('struct' ('uuid' '" + uuid + "') ('allowed_operations' ('array')) ('current_operations' ('struct'"
                    + " ('" + ref() + "' 'start'))) ('power_state' 'Halted') ('name_label' " + quoted(name) + ")"
                    + " ('name_description' '') ('user_version' '1') ('is_a_template' ('boolean' '0'))"
                    + " ('suspend_VDI' 'OpaqueRef:NULL') ('resident_on' 'OpaqueRef:NULL') ('affinity' '"
                    + host[i % hosts] + "') ('memory_overhead' '9437184') ('memory_target' '1073741824')"
                    + " ('memory_static_max' '1073741824') ('memory_dynamic_max' '1073741824')"
                    + " ('memory_dynamic_min' '536870912') ('memory_static_min' '268435456')"
                    + " ('VCPUs_params' ('struct'))"
                    + " ('VCPUs_max' '2') ('VCPUs_at_startup' '2') ('actions_after_shutdown' 'destroy')"
                    + " ('actions_after_reboot' 'restart') ('actions_after_crash' 'restart') ('consoles' ('array'))"
                    + " ('VIFs' ('array' '" + vifs[i] + "')) ('VBDs' ('array' '" + vbds[i][0] + "' '" + vbds[i][1]
                    + "')) ('crash_dumps' ('array')) ('VTPMs' ('array')) ('PV_bootloader' 'pygrub') ('PV_kernel' '')"
                    + " ('PV_ramdisk' '') ('PV_args' '') ('PV_bootloader_args' '') ('PV_legacy_args' '')"
                    + " ('HVM_boot_policy' '') ('HVM_boot_params' ('struct')) ('HVM_shadow_multiplier' ('double' '1'))"
                    + " ('platform' ('struct' ('timeoffset' '0') ('nx' 'false') ('viridian' 'true') ('acpi' 'true')"
                    + " ('pae' 'true') ('apic' 'true'))) ('PCI_bus' '') ('other_config' ('struct' ('mac_seed' '"
                    + uuid() + "') ('folder' " + quoted("/eu-west/Bob's \"web\" tier") + "))) ('domid' '-1')"
                    + " ('domarch' '') ('last_boot_CPU_flags' ('struct' ('features' '" + features(i % hosts) + "')"
                    + " ('vendor' 'GenuineIntel'))) ('is_control_domain' ('boolean' '0')) ('metrics' '" + vmMetrics[i]
                    + "') ('guest_metrics' '" + guestMetrics[i] + "') ('last_booted_record' '') ('recommendations' "
                    + "'<restrictions><restriction field=\"memory-static-max\" max=\"34359738368\" />"
                    + "<restriction field=\"vcpus-max\" max=\"8\" /></restrictions>') ('xenstore_data'"
                    + " ('struct' ('vm-data' ''))) ('ha_always_run' ('boolean' '0')) ('ha_restart_priority' '')"
                    + " ('is_a_snapshot' ('boolean' '0')) ('snapshot_of' 'OpaqueRef:NULL') ('snapshots' ('array'))"
                    + " ('snapshot_time' ('dateTime.iso8601' '19700101T00:00:00Z')) ('transportable_snapshot_id' '')"
                    + " ('blobs' ('struct')) ('tags' ('array')) ('blocked_operations' ('struct')) ('snapshot_info'"
                    + " ('struct')) ('snapshot_metadata' '') ('parent' 'OpaqueRef:NULL') ('children' ('array'))"
                    + " ('bios_strings' ('struct')) ('protection_policy' 'OpaqueRef:NULL') ('is_snapshot_from_vmpp'"
                    + " ('boolean' '0')) ('appliance' '') ('start_delay' '0') ('shutdown_delay' '0') ('order' '0')"
                    + " ('VGPUs' ('array')) ('attached_PCIs' ('array')) ('suspend_SR' '" + sharedSr[0] + "')"
                    + " ('version' '0'))";
        }

        private void controlDomain(int h) {
            start(dom0[h]);
            plain("HVM__boot_params", "()");
            plain("HVM__boot_policy", "");
            plain("PV__args", "");
            plain("PV__bootloader", "");
            plain("VBDs", "()");
            plain("VCPUs__at_startup", Integer.toString(CPUS_PER_HOST));
            plain("VCPUs__max", Integer.toString(CPUS_PER_HOST));
            plain("VIFs", "()");
            plain("affinity", host[h]);
            plain("current_operations", "()");
            plain("domid", "0");
            plain("is_a_snapshot", "false");
            plain("is_a_template", "false");
            plain("is_control_domain", "true");
            plain("memory__static_max", "790626304");
            plain("metrics", "OpaqueRef:NULL");
            text("name__label", "Control domain on host: xs" + h);
            plain("other_config", "(('storage_driver_domain' '" + dom0[h] + "') ('is_system_domain' 'true'))");
            plain("power_state", "Running");
            plain("resident_on", host[h]);
            plain("uuid", uuid());
        }

        private void template(int t) {
            start(templates[t]);
            plain("HVM__boot_params", "(('order' 'dc'))");
            plain("HVM__boot_policy", t % 2 == 0 ? "BIOS order" : "");
            plain("PV__bootloader", t % 2 == 0 ? "" : "eliloader");
            plain("VBDs", "()");
            plain("VIFs", "()");
            plain("current_operations", "()");
            plain("domid", "-1");
            plain("is_a_snapshot", "false");
            plain("is_a_template", "true");
            plain("is_control_domain", "false");
            text("name__description", "Template which allows VM installation from install media  (" + t + ")");
            text("name__label", "Windows Server 2008 R2 (64-bit) #" + t);
            map("other_config", "default_template", "true", "install-methods", "cdrom", "disks",
                    "<provision><disk device=\"0\" size=\"25769803776\" sr=\"\" bootable=\"true\" type=\"system\"/>"
                    + "</provision>");
            plain("power_state", "Halted");
            text("recommendations", "<restrictions><restriction field=\"memory-static-max\" max=\"549755813888\" />"
                    + "<restriction field=\"vcpus-max\" max=\"16\" /><restriction property=\"number-of-vbds\""
                    + " max=\"7\" /></restrictions>");
            plain("resident_on", "OpaqueRef:NULL");
            plain("uuid", uuid());
        }

        private void vmMetrics(int i) {
            start(vmMetrics[i]);
            plain("VCPUs__CPU", isRunning(i) ? "(('0' '1') ('1' '3'))" : "()");
            plain("VCPUs__flags", "()");
            plain("VCPUs__number", isRunning(i) ? "2" : "0");
            plain("VCPUs__params", "()");
            plain("VCPUs__utilisation", "(('0' '0') ('1' '0'))");
            plain("install_time", "20120813T09:10:12Z");
            plain("last_updated", "19700101T00:00:00Z");
            plain("memory__actual", isRunning(i) ? "1073741824" : "0");
            plain("other_config", "()");
            plain("start_time", "20120813T09:17:12Z");
            plain("state", "()");
            plain("uuid", uuid());
        }

        private void guestMetrics(int i) {
            if (!isRunning(i)) {
                return;
            }
            start(guestMetrics[i]);
            plain("PV_drivers_up_to_date", "true");
            map("PV_drivers_version", "major", "5", "minor", "9", "micro", "904");
            plain("disks", "()");
            plain("last_updated", "20120813T09:17:36Z");
            plain("live", "true");
            plain("memory", "()");
            map("networks", "0/ip", "10.81." + i / 250 % 250 + "." + (1 + i % 250));
            map("os_version", "name", "Debian GNU/Linux 6.0 (squeeze)", "uname", "2.6.32-5-xen-686", "distro",
                    "debian", "major", "6", "minor", "0");
            map("other", "platform-feature-multiprocessor-suspend", "1", "feature-balloon", "1");
            plain("other_config", "()");
            plain("uuid", uuid());
        }

        private void vbd(int i) {
            int vm = i / 2;
            start(vbds[vm][i % 2]);
            plain("VDI", vdis[vm][i % 2]);
            plain("VM", guest[vm]);
            set("allowed_operations", "pause", "unpause", "attach");
            plain("bootable", Boolean.toString(i % 2 == 0));
            plain("current_operations", "()");
            plain("currently_attached", Boolean.toString(isRunning(vm)));
            plain("device", "xvd" + (char) ('a' + i % 2));
            plain("empty", "false");
            plain("metrics", ref());
            plain("mode", "RW");
            map("other_config", "owner", "true");
            plain("qos__algorithm_params", "()");
            plain("qos__algorithm_type", "");
            plain("qos__supported_algorithms", "()");
            plain("reserved", "false");
            plain("runtime_properties", "()");
            plain("status_code", "0");
            plain("status_detail", "");
            plain("storage_lock", "false");
            plain("type", "Disk");
            plain("unpluggable", "false");
            plain("userdevice", Integer.toString(i % 2));
            plain("uuid", uuid());
        }

        private void vdi(int i) {
            int vm = i / 2;
            String uuid = uuid();
            start(vdis[vm][i % 2]);
            plain("SR", sharedSr[vm % 2]);
            set("VBDs", vbds[vm][i % 2]);
            plain("allow_caching", "false");
            set("allowed_operations", "clone", "snapshot");
            plain("crash_dumps", "()");
            plain("current_operations", "()");
            plain("is_a_snapshot", "false");
            plain("location", uuid);
            plain("managed", "true");
            plain("metadata_latest", "false");
            plain("metadata_of_pool", "");
            plain("missing", "false");
            text("name__description", "Created by template provisioner");
            text("name__label", (i % 2 == 0 ? "root" : "data") + " of web-" + vm);
            plain("on_boot", "persist");
            plain("other_config", "()");
            plain("parent", "OpaqueRef:NULL");
            plain("physical_utilisation", "20971520");
            plain("read_only", "false");
            plain("sharable", "false");
            map("sm_config", "host_" + host[vm % hosts], "RW", "vdi_type", "vhd");
            plain("snapshot_of", "OpaqueRef:NULL");
            plain("snapshot_time", "19700101T00:00:00Z");
            plain("snapshots", "()");
            plain("storage_lock", "false");
            plain("tags", "()");
            plain("type", "user");
            plain("uuid", uuid);
            plain("virtual_size", i % 2 == 0 ? "8589934592" : "53687091200");
            plain("xenstore_data", "()");
        }

        private void vif(int i) {
            start(vifs[i]);
            plain("MAC", mac());
            plain("MAC_autogenerated", "true");
            plain("MTU", "1500");
            plain("VM", guest[i]);
            set("allowed_operations", "attach", "unplug");
            plain("current_operations", "()");
            plain("currently_attached", Boolean.toString(isRunning(i)));
            plain("device", "0");
            plain("ipv4_allowed", "()");
            plain("ipv6_allowed", "()");
            plain("locking_mode", "network_default");
            plain("metrics", ref());
            plain("network", network[1]);
            plain("other_config", "()");
            plain("qos__algorithm_params", "()");
            plain("qos__algorithm_type", "");
            plain("qos__supported_algorithms", "()");
            plain("reserved", "false");
            plain("runtime_properties", "()");
            plain("status_code", "0");
            plain("status_detail", "");
            plain("uuid", uuid());
        }

        private void console(int i) {
            if (!isRunning(i)) {
                return;
            }
            start(consoles[i]);
            plain("VM", guest[i]);
            text("location", "https://" + address(i % hosts) + "/console?ref=" + guest[i] + "&session_id=x");
            plain("other_config", "()");
            plain("port", Integer.toString(5900 + i / hosts));
            plain("protocol", "rfb");
            plain("uuid", uuid());
        }

        private void message(int i) {
            start(ref());
            text("body", "VM \"web-" + i % Math.max(1, vms) + "\" started on host <xs" + i % hosts + "> & its"
                    + " balloon target was set to 1024 MiB\nThe guest agent reported its addresses '10.0.0.1' and"
                    + " 'fe80::1'\n100% of memory used:  42");
            plain("cls", "VM");
            plain("name", "VM_STARTED");
            plain("obj_uuid", uuid());
            plain("priority", "5");
            plain("timestamp", "20120813T09:17:36Z");
            plain("uuid", uuid());
        }
    }

    /** Writes one row of a table into the row buffer, or nothing. */
    @FunctionalInterface
    private interface RowWriter {
        void write(int index);
    }
}
