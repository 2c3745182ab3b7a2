package io.github.xenpool.rules.spi;

import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.RuleSet;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.sets.RuleSets;
import java.util.List;

/** A site's rule set, found by name through the class path's service file: XenServer 5.6 and rack 7. */
public final class SiteRuleSetProvider implements RuleSetProvider {

    /** The rule set's name. */
    public static final String NAME = "site";

    /** What the site's own rule is. */
    public static final RuleDescriptor SAME_RACK = RuleDescriptor.of("site.same-rack",
            "the host is in the master's rack", Severity.BLOCKER)
            .withSources(RuleDescriptor.Source.documentation("Site handbook: every member of a pool sits in rack 7."))
            .withFixableByConfiguration(false);

    /** The site's own rule: hosts whose name does not start with rack7- are elsewhere. */
    public static final JoinRule SAME_RACK_RULE = JoinRule.of(SAME_RACK, (pool, host, context) ->
            host.hostname().startsWith("rack7-") ? List.of()
                    : List.of(Violation.of(SAME_RACK, Subject.host(host))
                            .message(host.hostname() + " is not in rack 7")
                            .details(new RackPosition("3", 12))
                            .step("Move the host to rack 7")
                            .build()));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RuleSet ruleSet() {
        return RuleSets.xenServer56().add(SAME_RACK_RULE).named(NAME);
    }
}
