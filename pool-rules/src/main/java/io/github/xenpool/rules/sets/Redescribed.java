package io.github.xenpool.rules.sets;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Violation;
import java.util.List;

/** A shipped rule with another description of itself; it checks what the rule checks. */
class Redescribed implements JoinRule {

    private final JoinRule rule;
    private final RuleDescriptor descriptor;

    Redescribed(JoinRule rule, RuleDescriptor descriptor) {
        this.rule = rule;
        this.descriptor = descriptor;
    }

    @Override
    public String id() {
        return rule.id();
    }

    @Override
    public String description() {
        return rule.description();
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        return rule.evaluate(pool, host, context);
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public String toString() {
        return rule.toString();
    }
}
