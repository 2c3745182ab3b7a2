package io.github.xenpool.rules.clock;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.HostClock;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Subject;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.ViolationDetails;
import io.github.xenpool.rules.internal.DescribedRule;
import io.github.xenpool.rules.internal.UnknownFacts;
import java.time.Duration;
import java.util.List;

final class ClockSyncRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(ClockRules.SYNC,
                    "the host's clock is in step with the master's and kept there by NTP", Severity.BLOCKER)
            .withSources(
                    RuleDescriptor.Source.seedRequirement("The host's clock is within the"
                            + " tolerance (5 s) of the master's and kept there by NTP."))
            .withFixableByConfiguration(true);

    ClockSyncRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        if (host.clock().isEmpty()) {
            return new UnknownFacts()
                    .note(true, Subject.of(Subject.Kind.CLOCK, host, "clock"),
                            "the clock of " + Text.name(host.hostname()) + " relative to the master's, and whether NTP"
                            + " keeps it in step", "the time on the host and on the master (date -u on each) and"
                            + " the host's NTP configuration")
                    .cannotCheck(id());
        }
        HostClock clock = host.clock().get();
        Duration tolerance = context.clockTolerance();
        boolean skewed = clock.skew().compareTo(tolerance) > 0;
        if (!skewed && clock.ntpConfigured()) {
            return List.of();
        }
        String master = Text.name(pool.master().hostname());
        Violation.Builder violation = Violation.of(DESCRIPTOR, skewed ? Severity.BLOCKER : Severity.WARNING,
                        Subject.of(Subject.Kind.CLOCK, host, "clock"))
                .fixableByConfiguration(true)
                .expectedActual("within " + seconds(tolerance) + " of " + master + ", kept by NTP",
                        describe(clock))
                .details(new ViolationDetails.ClockSkew(clock.offsetFromMaster(), tolerance, clock.ntpConfigured()));
        if (skewed) {
            violation.message("the clock of " + Text.name(host.hostname()) + " is " + seconds(clock.skew())
                    + (clock.offsetFromMaster().isNegative() ? " behind" : " ahead of") + " the master " + master
                    + "'s; pool members' clocks must be within " + seconds(tolerance));
            if (!clock.ntpConfigured()) {
                violation.step("Configure NTP on " + Text.name(host.hostname()) + " with the servers the pool uses");
            }
            violation.step("Synchronize the clock of " + Text.name(host.hostname()) + " with " + master
                    + " (for example, restart its NTP service) and check the join again");
        } else {
            violation.message("the clock of " + Text.name(host.hostname()) + " is within " + seconds(tolerance)
                    + " of the master's now, but no NTP keeps it there")
                    .step("Configure NTP on " + Text.name(host.hostname()) + " with the servers the pool uses");
        }
        return List.of(violation.build());
    }

    private static String describe(HostClock clock) {
        return (clock.offsetFromMaster().isNegative() ? "-" : "+") + seconds(clock.skew())
                + (clock.ntpConfigured() ? ", NTP configured" : ", no NTP");
    }

    /** Seconds to the millisecond, read apart: toMillis() overflows for a tolerance beyond 292 million years. */
    private static String seconds(Duration duration) {
        long seconds = duration.getSeconds();
        int millis = duration.getNano() / 1_000_000;
        return millis == 0 ? seconds + " s" : String.format(java.util.Locale.ROOT, "%d.%03d s", seconds, millis);
    }
}
