package io.github.xenpool.rules;

import static io.github.xenpool.rules.Theories.qt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.software.Software;
import io.github.xenpool.core.software.SupplementalPack;
import io.github.xenpool.core.storage.StorageRepository;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.sets.RuleSets;
import io.github.xenpool.testkit.JoinCases;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Names from outside cannot forge or flood a report: xapi's name labels allow almost anything,
 * and a model made from them (through the constructors, as a JSON mapper would) keeps them as
 * given, but every text a report or a violation shows has them escaped and shortened.
 */
class HostileNamesTest {

    private static final String FORGED_VERDICT = "Verdict: ALLOWED (0 blockers, 0 warnings, 0 notes)";

    /** Pieces of hostile names: line breaks of every kind, terminal sequences, bidi overrides, bulk. */
    private static final List<String> PIECES = List.of(
            "prod",
            "\n" + FORGED_VERDICT,
            "\r" + FORGED_VERDICT,
            "\r\n",
            " " + FORGED_VERDICT + " ",
            "\u000b",
            "\u000c",
            "\u0085" + FORGED_VERDICT,
            "\u2028" + FORGED_VERDICT,
            "\u2029",
            "\u001b[2J\u001b[H",
            "\u001b]0;pwned\u0007",
            "\u001b]8;;http://example.com\u001b\\link\u001b]8;;\u001b\\",
            "\u009b31m",
            "\u202eDELLOWLA",
            "\u2066\u200f",
            "\u0000",
            "\t\t",
            "\ud83d\udca5",
            "x".repeat(5_000),
            "word ".repeat(400));

    private static Gen<String> hostileNames() {
        return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 4)
                .map(indices -> indices.stream().map(PIECES::get).collect(Collectors.joining()));
    }

    @Test
    void aForgedVerdictInAPoolNameStaysInsideTheFirstLineOfABlockedReport() {
        Host host = JoinFixtures.candidate().licence(io.github.xenpool.core.LicenceEdition.FREE).build();
        Pool pool = renamed(JoinFixtures.POOL, name -> "prod\n" + FORGED_VERDICT);

        JoinReport report = RuleSets.xenServer56().evaluate(pool, host);
        String[] lines = report.render().split("\n");

        assertEquals(Verdict.BLOCKED, report.verdict());
        assertTrue(lines[0].startsWith("Joining host xs-"), lines[0]);
        assertTrue(lines[0].contains(" to pool prod\\nVerdict: ALLOWED (0 blockers"), lines[0]);
        assertTrue(lines[1].startsWith("Verdict: BLOCKED"), lines[1]);
        assertEquals(1, List.of(lines).stream().filter(line -> line.startsWith("Verdict:")).count(), report.render());
    }

    @Test
    void aReportOfHostileNamesHasOneVerdictLineNarrowLinesAndNoControlCharacter() {
        qt(200).forAll(JoinCases.any(), hostileNames()).check((c, hostile) -> {
            UnaryOperator<String> rename = name -> hostile + name + hostile;
            Pool pool = renamed(c.pool(), rename);
            Host host = renamed(c.host(), rename);
            for (RuleSet rules : List.of(RuleSets.xenServer56(), RuleSets.levelling())) {
                JoinReport report = rules.evaluate(pool, host);
                String text = report.render();
                List<String> lines = List.of(text.split("\n", -1));
                boolean oneVerdict = lines.get(1).startsWith("Verdict: " + report.verdict() + " (")
                        && lines.stream().filter(line -> line.startsWith("Verdict:")).count() == 1;
                boolean narrow = lines.stream().allMatch(line -> line.length() <= 100);
                boolean printable = text.codePoints().allMatch(ch -> ch == '\n' || printable(ch))
                        && printable(report.toString());
                if (!oneVerdict || !narrow || !printable || !violationTextsArePrintable(report)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void aHugeNameIsShortenedInEveryMessage() {
        String huge = "vm".repeat(500_000).substring(0, NAME_SIZE);
        Host host = JoinFixtures.candidate().vm(Vm.builder().uuid("4b5c6d7e-8f90-4a1b-8c2d-000000000001")
                .name(huge).powerState(io.github.xenpool.core.vm.PowerState.RUNNING).build()).build();

        JoinReport report = RuleSets.xenServer56().evaluate(JoinFixtures.POOL, host);
        List<Violation> naming = report.violations().stream()
                .filter(violation -> violation.message().contains(huge.substring(0, 40))).toList();

        assertTrue(report.render().length() < 20_000, () -> "rendered " + report.render().length() + " characters");
        assertFalse(naming.isEmpty(), report.render());
        for (Violation violation : naming) {
            assertTrue(violation.message().length() < 1_000, violation.message());
            assertTrue(violation.message().contains("(" + NAME_SIZE + " characters in all)"), violation.message());
        }
    }

    private static boolean violationTextsArePrintable(JoinReport report) {
        for (Violation violation : report.violations()) {
            List<String> texts = new java.util.ArrayList<>(List.of(violation.message(), violation.expected(),
                    violation.actual()));
            violation.remediation().forEach(step -> texts.add(step.description()));
            if (!texts.stream().allMatch(HostileNamesTest::printable)) {
                return false;
            }
        }
        return true;
    }

    private static boolean printable(String text) {
        return text.codePoints().allMatch(HostileNamesTest::printable);
    }

    /** Printable: not a control, format (bidi), separator, surrogate or unassigned character. */
    private static boolean printable(int ch) {
        int type = Character.getType(ch);
        return !Character.isISOControl(ch) && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE
                && type != Character.UNASSIGNED;
    }

    /** The longest name label the model accepts, of a pool, a VM or an SR. */
    private static final int NAME_SIZE = 255;

    /** The longest pack revision the model accepts. */
    private static final int REVISION_SIZE = 64;

    /** The renamed text, cut to what the model accepts: free text is hostile only within its size. */
    private static String fit(String text, int size) {
        return text.length() <= size ? text : text.substring(0, size);
    }

    /**
     * The pool with every free-text name of it, its members, their VMs, SRs and pack revisions
     * passed through {@code rename}. Host names and pack names are left as they are: the model
     * refuses anything but RFC 1123 host names and plain pack names.
     */
    static Pool renamed(Pool pool, UnaryOperator<String> rename) {
        return new Pool(pool.id(), fit(rename.apply(pool.name()), NAME_SIZE), renamed(pool.master(), rename),
                pool.secondaries().stream().map(host -> renamed(host, rename)).toList(), pool.haEnabled(),
                pool.sharedStorage().stream().map(sr -> renamed(sr, rename)).toList(), pool.cpuFeatureMask(),
                pool.offlineHosts());
    }

    /** The host with the names of its VMs and SRs and its pack revisions passed through {@code rename}. */
    static Host renamed(Host host, UnaryOperator<String> rename) {
        Software software = host.software();
        Software hostileSoftware = new Software(software.productVersion(), software.buildNumber(),
                software.hotfixes(), software.supplementalPacks().stream()
                        .map(pack -> new SupplementalPack(pack.name(), fit(rename.apply(pack.revision()),
                                REVISION_SIZE)))
                        .collect(Collectors.toSet()), software.softwareVersion(), software.apiVersion(),
                software.updates(), software.pendingGuidance());
        return new Host(host.id(), host.hostname(), host.cpu(), hostileSoftware, host.licence(),
                host.managementInterface(), host.networkInterfaces(), host.clock(),
                host.vms().stream().map(vm -> new Vm(vm.uuid(), fit(rename.apply(vm.name()), NAME_SIZE),
                        vm.powerState(), vm.mode(),
                        vm.currentOperations())).toList(),
                host.storage().stream().map(sr -> renamed(sr, rename)).toList(), host.membership(),
                host.licenceParams(), host.externalAuth(), host.ownPool(), host.incompleteListings(),
                host.managementInterfaceExists(), host.ipv4Bridges(), host.nonGuestVms(), host.nameLabel(),
                host.xapiReference());
    }

    private static StorageRepository renamed(StorageRepository sr, UnaryOperator<String> rename) {
        return new StorageRepository(sr.uuid(), fit(rename.apply(sr.name()), NAME_SIZE), sr.type(), sr.shared(),
                sr.server());
    }
}
