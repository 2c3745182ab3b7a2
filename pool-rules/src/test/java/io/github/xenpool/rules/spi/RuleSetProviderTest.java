package io.github.xenpool.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.sets.RuleSets;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule sets of one's own, found by name through ServiceLoader. */
class RuleSetProviderTest {

    @TempDir
    Path services;

    @Test
    void aProviderOnTheClassPathIsFoundByName() {
        RuleSet site = RuleSets.named(SiteRuleSetProvider.NAME);
        assertEquals("site", site.name());
        assertEquals(SiteRuleSetProvider.SAME_RACK, site.descriptors().get(site.descriptors().size() - 1));
    }

    @Test
    void theShippedRuleSetsComeFirstThenTheProvidedOnes() {
        assertEquals(List.of("xenServer56", "levelling", "xapi", "xapi-force", "site"), RuleSets.names());
    }

    @Test
    void anUnknownNameIsRefusedWithTheNamesKnown() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RuleSets.named("mine"));
        assertEquals("unknown rule set \"mine\"; known: xenServer56, levelling, xapi, xapi-force, site", refused.getMessage());
    }

    @Test
    void aNameTwoProvidersGiveIsRefusedNamingBoth() throws IOException {
        IllegalStateException refused = withProviders(AnotherSite.class, () -> RuleSets.named("levelling"));
        assertTrue(refused.getMessage().contains(SiteRuleSetProvider.class.getName())
                && refused.getMessage().contains(AnotherSite.class.getName())
                && refused.getMessage().contains("\"site\""), refused.getMessage());
    }

    @Test
    void aProviderCannotTakeTheNameOfAShippedRuleSet() throws IOException {
        IllegalStateException refused = withProviders(OwnLevelling.class, RuleSets::names);
        assertTrue(refused.getMessage().contains(OwnLevelling.class.getName())
                && refused.getMessage().contains(RuleSets.class.getName())
                && refused.getMessage().contains("\"levelling\""), refused.getMessage());
    }

    @Test
    void aProviderMustMakeTheRuleSetItNames() throws IOException {
        IllegalStateException refused = withProviders(Misnamed.class, () -> RuleSets.named("misnamed"));
        assertTrue(refused.getMessage().contains(Misnamed.class.getName())
                && refused.getMessage().contains("\"xenServer56\""), refused.getMessage());
    }

    @Test
    void aProviderMustGiveANameThatIsNotBlank() throws IOException {
        IllegalStateException nameless = withProviders(Nameless.class, RuleSets::names);
        IllegalStateException blank = withProviders(Blank.class, RuleSets::names);

        assertTrue(nameless.getMessage().contains(Nameless.class.getName())
                && nameless.getMessage().endsWith(" gives no name for its rule set"), nameless.getMessage());
        assertTrue(blank.getMessage().contains(Blank.class.getName())
                && blank.getMessage().endsWith(" gives the blank name \" \" for its rule set"), blank.getMessage());
    }

    /** Runs a look-up with one more provider on the context class loader, expecting it to fail. */
    private IllegalStateException withProviders(Class<? extends RuleSetProvider> extra, Supplier<?> lookUp)
            throws IOException {
        Path file = services.resolve("META-INF/services/" + RuleSetProvider.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, extra.getName() + "\n", StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            return assertThrows(IllegalStateException.class, lookUp::get);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** A second provider of the site's name. */
    public static final class AnotherSite implements RuleSetProvider {
        @Override
        public String name() {
            return SiteRuleSetProvider.NAME;
        }

        @Override
        public RuleSet ruleSet() {
            return RuleSets.levelling().named(SiteRuleSetProvider.NAME);
        }
    }

    /** A provider that wants a shipped name. */
    public static final class OwnLevelling implements RuleSetProvider {
        @Override
        public String name() {
            return RuleSets.LEVELLING;
        }

        @Override
        public RuleSet ruleSet() {
            return RuleSets.levelling();
        }
    }

    /** A provider that gives no name. */
    public static final class Nameless implements RuleSetProvider {
        @Override
        public String name() {
            return null;
        }

        @Override
        public RuleSet ruleSet() {
            return RuleSets.xenServer56();
        }
    }

    /** A provider whose name is a space. */
    public static final class Blank implements RuleSetProvider {
        @Override
        public String name() {
            return " ";
        }

        @Override
        public RuleSet ruleSet() {
            return RuleSets.xenServer56();
        }
    }

    /** A provider whose rule set has another name than the one it gives. */
    public static final class Misnamed implements RuleSetProvider {
        @Override
        public String name() {
            return "misnamed";
        }

        @Override
        public RuleSet ruleSet() {
            return RuleSets.xenServer56();
        }
    }
}
