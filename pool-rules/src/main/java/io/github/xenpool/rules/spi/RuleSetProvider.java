package io.github.xenpool.rules.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.xenpool.rules.RuleSet;
import org.apiguardian.api.API;

/**
 * Provides a rule set by name, so that {@code RuleSets.named(name)} and
 * {@code @JoinableInto(ruleSet = name)} find it. Providers are found through
 * {@link java.util.ServiceLoader} with the thread's context class loader: on the module path
 * declare {@code provides io.github.xenpool.rules.spi.RuleSetProvider with your.Provider;} in your
 * module-info, on the class path list your class in
 * {@code META-INF/services/io.github.xenpool.rules.spi.RuleSetProvider}. An implementation has a
 * public no-argument constructor.
 *
 * <p>Names are unique: a name that two providers give, or that a shipped rule set has, is refused
 * with an error naming both providers.
 *
 * <pre>{@code
 * public final class SiteRules implements RuleSetProvider {
 *     public String name() {
 *         return "site";
 *     }
 *
 *     public RuleSet ruleSet() {
 *         return RuleSets.levelling().add(sameRack).named("site");
 *     }
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface RuleSetProvider {

    /**
     * Returns the name of the rule set this provider makes.
     *
     * @return the name, non-blank
     */
    String name();

    /**
     * Makes the rule set; called each time it is looked up by name.
     *
     * @return the rule set, whose {@link RuleSet#name()} is {@link #name()}
     */
    RuleSet ruleSet();
}
