package io.github.xenpool.rules.clock;

import static org.apiguardian.api.API.Status.MAINTAINED;

import io.github.xenpool.rules.JoinRule;
import org.apiguardian.api.API;

/** Rules about the candidate's clock. */
@API(status = MAINTAINED, since = "0.1.0")
public final class ClockRules {

    /** The id of {@link #sync()}. */
    public static final String SYNC = "clock.sync";

    private ClockRules() {
    }

    /**
     * {@code clock.sync}: BLOCKER when the host's clock is further from the master's than the
     * context's tolerance (5 s by default); WARNING when it is within the tolerance but no NTP
     * keeps it there. Details: {@code ClockSkew}.
     *
     * @return the rule
     */
    public static JoinRule sync() {
        return new ClockSyncRule();
    }
}
