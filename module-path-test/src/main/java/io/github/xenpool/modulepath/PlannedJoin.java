package io.github.xenpool.modulepath;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.rules.validation.JoinRequest;
import io.github.xenpool.rules.validation.JoinableInto;

/**
 * A join that an application plans, checked by Jakarta Validation through {@link JoinableInto}.
 *
 * @param pool the pool to join
 * @param host the host that joins it
 */
@JoinableInto
public record PlannedJoin(Pool pool, Host host) implements JoinRequest {
}
