package io.github.xenpool.rules.sets;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A requirement of the documentation that xapi does not check, as a rule set in xapi's order
 * holds it: its violations are WARNINGs at most and stand for no xapi error, since xapi raises
 * none for them. A rule that could not answer still blocks.
 */
final class Recommendation extends Redescribed {

    private Recommendation(JoinRule rule, RuleDescriptor d) {
        super(rule, new RuleDescriptor(d.id(), d.title(),
                d.defaultSeverity() == Severity.BLOCKER ? Severity.WARNING : d.defaultSeverity(), List.of(),
                d.sources(), d.fixableByConfiguration(), d.reason(), Optional.empty()));
    }

    /**
     * The rule as a recommendation.
     *
     * @param rule a rule
     * @return the rule, warning where it blocked, standing for no xapi error
     */
    static JoinRule of(JoinRule rule) {
        return new Recommendation(rule, rule.descriptor());
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        List<Violation> found = super.evaluate(pool, host, context);
        if (found == null || found.isEmpty()) {
            return found;
        }
        List<Violation> recommended = new ArrayList<>(found.size());
        for (Violation v : found) {
            if (v == null || v.ruleId().equals(JoinRule.FAILED)) {
                recommended.add(v);
            } else {
                recommended.add(new Violation(v.ruleId(),
                        v.severity() == Severity.BLOCKER ? Severity.WARNING : v.severity(), v.subject(), v.message(),
                        v.expected(), v.actual(), v.details(), v.remediation(), Optional.empty(), v.reason(),
                        v.fixableByConfiguration(), List.of()));
            }
        }
        return recommended;
    }
}
