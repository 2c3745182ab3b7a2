package io.github.xenpool.rules.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.xenpool.rules.JoinRule;
import io.github.xenpool.rules.RuleDescriptor;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A shipped rule: its id and description are those of its descriptor, stated once.
 */
@API(status = INTERNAL, since = "0.1.0")
public abstract class DescribedRule implements JoinRule {

    private final RuleDescriptor descriptor;

    /**
     * Makes a rule of a descriptor.
     *
     * @param descriptor what the rule checks, with its id
     */
    protected DescribedRule(RuleDescriptor descriptor) {
        this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    }

    @Override
    public final String id() {
        return descriptor.id();
    }

    @Override
    public final String description() {
        return descriptor.title();
    }

    @Override
    public final RuleDescriptor descriptor() {
        return descriptor;
    }
}
