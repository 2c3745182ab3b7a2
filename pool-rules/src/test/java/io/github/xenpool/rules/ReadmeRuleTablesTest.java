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
    private static final RuleSet XAPI = RuleSets.xapi();

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
    void theSideBySideTableAgreesWithTheThreeRuleSets() throws IOException {
        List<List<String>> rows = table("## XenServer 5.6, CPU feature levelling and today's xapi, side by side");
        List<Map<String, RuleDescriptor>> sets = List.of(byId(XENSERVER_56), byId(LEVELLING), byId(XAPI));
        Set<String> singled = new HashSet<>();
        List<String> covered = new ArrayList<>();
        for (List<String> row : rows.subList(0, rows.size() - 1)) {
            String id = onlyCode(row.get(0));
            singled.add(id);
            covered.add(id);
            List<String> errors = new ArrayList<>();
            for (int set = 0; set < sets.size(); set++) {
                RuleDescriptor descriptor = sets.get(set).get(id);
                String column = row.get(set + 1);
                if (column.equals("the same")) {
                    assertTrue(set > 0, id + ": the first column says what the rule is");
                    assertEquals(sets.get(set - 1).get(id), descriptor, id + ": the same rule as to its left");
                }
                checkColumn(id, descriptor, column);
                if (descriptor != null) {
                    codes(descriptor).stream().filter(code -> !errors.contains(code)).forEach(errors::add);
                }
            }
            assertEquals(errors, xapiColumn(row.get(4)), id + ": the xapi errors of any rule set");
        }
        // The last row: xapi's other checks, which levelling holds as xapi() does and xenServer56 lacks.
        List<String> last = rows.get(rows.size() - 1);
        assertEquals(List.of("no such rule", "as in `xapi()`", "as in the table above", "as in the table above"),
                last.subList(1, 5), last.get(0));
        List<String> patterns = codesIn(last.get(0));
        assertEquals("xapi()", patterns.get(0), last.get(0));
        for (String pattern : patterns.subList(1, patterns.size())) {
            List<String> ids = matching(pattern, sets.get(2).keySet()).stream().filter(id -> !singled.contains(id))
                    .toList();
            assertFalse(ids.isEmpty(), pattern + " names no other check of xapi()");
            for (String id : ids) {
                covered.add(id);
                assertTrue(sets.get(0).get(id) == null, id + " is said to be missing from xenServer56");
                assertEquals(sets.get(2).get(id), sets.get(1).get(id), id + " is said to be in levelling as in xapi()");
            }
        }
        Set<String> all = new HashSet<>();
        sets.forEach(set -> all.addAll(set.keySet()));
        assertEquals(all, Set.copyOf(covered), "the side-by-side table covers every rule of the three rule sets");
        assertEquals(covered.size(), all.size(), "and names each once: " + covered);
    }

    @Test
    void theXapiTableListsEveryCheckInXapisOrderWithItsFunctionErrorsAndReleases() throws IOException {
        List<List<String>> rows = table("## Today's xapi (rule set `xapi`)");
        RuleSet xapi = XAPI;
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
