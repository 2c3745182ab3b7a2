package io.github.xenpool.rules.pool;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.internal.Text;

/** Where the facts of the pool a joining host heads come from, as the rules that read them say. */
final class OwnPool {

    private OwnPool() {
    }

    /**
     * Names the field of the pool record of the host's own pool.
     *
     * @param host the joining host
     * @param field such as {@code ha_enabled}
     * @return a step's object, such as {@code ha_enabled of the pool record of xs-04's own pool (…)}
     */
    static String source(Host host, String field) {
        return field + " of the pool record of " + Text.name(host.hostname()) + "'s own pool (xe pool-param-list,"
                + " or the host's database)";
    }
}
