package io.github.xenpool.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.sets.RuleSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rule tables of README.md say what the rule sets' descriptors say: rule ids in order, default
 * severities and xapi errors.
 */
class ReadmeRuleTablesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern SEVERITY = Pattern.compile("^(BLOCKER|WARNING|INFO)\\b");

    private static final RuleSet XENSERVER_56 = RuleSets.xenServer56();
    private static final RuleSet LEVELLING = RuleSets.levelling();

    @Test
    void theXenServer56TableListsEveryRuleInOrderWithItsSeverityAndXapiErrors() throws IOException {
        List<List<String>> rows = table("## The join rules (rule set `xenServer56`)");
        List<String> ids = new ArrayList<>();
        Map<String, RuleDescriptor> described = byId(XENSERVER_56);
        for (List<String> row : rows) {
            String id = onlyCode(row.get(0));
            ids.add(id);
            RuleDescriptor descriptor = described.get(id);
            assertTrue(descriptor != null, "README lists " + id + ", which xenServer56 does not have");
            assertEquals(Optional.of(descriptor.defaultSeverity()), leadingSeverity(row.get(2)),
                    id + ": the severity column starts with the default severity");
            assertEquals(codes(descriptor), xapiColumn(row.get(3)), id + ": the xapi errors");
        }
        assertEquals(XENSERVER_56.ruleIds(), ids);
    }

    @Test
    void theSideBySideTableAgreesWithBothRuleSets() throws IOException {
        List<List<String>> rows = table("## XenServer 5.6 and CPU feature levelling, side by side");
        Map<String, RuleDescriptor> old = byId(XENSERVER_56);
        Map<String, RuleDescriptor> levelled = byId(LEVELLING);
        Set<String> covered = new HashSet<>();
        for (List<String> row : rows) {
            List<String> named = codesIn(row.get(0));
            if (named.size() == 1) {
                String id = named.get(0);
                covered.add(id);
                checkColumn(id, old.get(id), row.get(1));
                checkColumn(id, levelled.get(id), row.get(2));
                List<String> errors = new ArrayList<>();
                for (RuleDescriptor descriptor : List.of(Optional.ofNullable(old.get(id)),
                        Optional.ofNullable(levelled.get(id))).stream().flatMap(Optional::stream).toList()) {
                    codes(descriptor).stream().filter(code -> !errors.contains(code)).forEach(errors::add);
                }
                assertEquals(errors, xapiColumn(row.get(3)), id + ": the xapi errors of either rule set");
            } else {
                // "all the others": the same in both rule sets, as in the first table.
                assertEquals("as in the table above", row.get(1), row.get(0));
                assertEquals("the same", row.get(2), row.get(0));
                for (String pattern : named) {
                    List<String> ids = matching(pattern, old.keySet());
                    assertFalse(ids.isEmpty(), pattern + " names no rule");
                    for (String id : ids) {
                        covered.add(id);
                        RuleDescriptor before = old.get(id);
                        RuleDescriptor after = levelled.get(id);
                        assertTrue(after != null, id + " is said to be the same in levelling, which lacks it");
                        assertEquals(before.defaultSeverity(), after.defaultSeverity(), id);
                        assertEquals(before.xapiErrors(), after.xapiErrors(), id);
                    }
                }
            }
        }
        Set<String> all = new HashSet<>(old.keySet());
        all.addAll(levelled.keySet());
        assertEquals(all, covered, "the side-by-side table covers every rule of both rule sets");
    }

    @Test
    void theXapiTableListsEveryCheckInXapisOrderWithItsFunctionErrorsAndReleases() throws IOException {
        List<List<String>> rows = table("## Today's xapi (rule set `xapi`)");
        RuleSet xapi = RuleSets.xapi();
        Map<String, RuleDescriptor> described = byId(xapi);
        List<String> ids = new ArrayList<>();
        for (List<String> row : rows) {
            String id = onlyCode(row.get(0));
            ids.add(id);
            RuleDescriptor descriptor = described.get(id);
            assertTrue(descriptor != null, "README lists " + id + ", which xapi() does not have");
            List<String> functions = descriptor.sources().stream()
                    .filter(source -> source.kind() == RuleDescriptor.Source.Kind.XAPI_CHECK)
                    .map(RuleDescriptor.Source::reference).toList();
            if (!functions.isEmpty()) {
                assertEquals(functions.get(0), codesIn(row.get(1)).get(0), id + ": xapi's function");
            }
            List<String> named = codesIn(row.get(2)).stream().map(code -> code.split(" ")[0])
                    .filter(code -> code.matches("[A-Z][A-Z0-9_]+")).distinct().sorted().toList();
            assertEquals(codes(descriptor).stream().sorted().toList(), named, id + ": the xapi errors");
            assertEquals(descriptor.xapiReleases().map(Object::toString).orElse(""), row.get(3), id + ": the releases");
        }
        assertEquals(xapi.ruleIds(), ids);
    }

    private static void checkColumn(String id, RuleDescriptor descriptor, String column) {
        if (descriptor == null) {
            assertTrue(column.startsWith("no such rule"), id + " is in no such rule set: " + column);
            return;
        }
        assertFalse(column.startsWith("no such rule"), id + " is in the rule set: " + column);
        leadingSeverity(column).ifPresent(severity -> assertEquals(descriptor.defaultSeverity(), severity,
                id + ": the column starts with the default severity"));
    }

    private static List<String> matching(String pattern, Set<String> ids) {
        if (pattern.endsWith("*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return ids.stream().filter(id -> id.startsWith(prefix)).sorted().toList();
        }
        return ids.contains(pattern) ? List.of(pattern) : List.of();
    }

    private static List<String> codes(RuleDescriptor descriptor) {
        return descriptor.xapiErrors().stream().map(XapiError::code).toList();
    }

    /** The xapi errors of a column: its codes, or none when it says {@code none}. */
    private static List<String> xapiColumn(String column) {
        if (column.equals("none")) {
            return List.of();
        }
        List<String> codes = codesIn(column);
        assertFalse(codes.isEmpty(), "an xapi column names codes or says none: " + column);
        return codes;
    }

    private static Optional<Severity> leadingSeverity(String column) {
        Matcher matcher = SEVERITY.matcher(column);
        return matcher.find() ? Optional.of(Severity.valueOf(matcher.group(1))) : Optional.empty();
    }

    private static String onlyCode(String cell) {
        List<String> codes = codesIn(cell);
        assertEquals(1, codes.size(), "one rule id per row: " + cell);
        return codes.get(0);
    }

    private static List<String> codesIn(String cell) {
        List<String> found = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The body rows of the first table after a heading, each a list of trimmed cells. */
    private static List<List<String>> table(String heading) throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, "README.md has no heading " + heading);
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(at + 1, lines.size())) {
            if (line.startsWith("#")) {
                break;
            }
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                continue;
            }
            inTable = true;
            List<String> cells = List.of(line.substring(1, line.length() - 1).split("\\|", -1)).stream()
                    .map(String::strip).toList();
            if (cells.get(0).equals("rule id") || cells.get(0).equals("rule") || cells.get(0).startsWith("---")) {
                continue;
            }
            rows.add(cells);
        }
        assertFalse(rows.isEmpty(), "no table after " + heading);
        return rows;
    }

    private static Map<String, RuleDescriptor> byId(RuleSet rules) {
        return rules.descriptors().stream().collect(Collectors.toMap(RuleDescriptor::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }
}
