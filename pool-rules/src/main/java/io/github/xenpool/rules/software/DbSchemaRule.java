package io.github.xenpool.rules.software;

import io.github.xenpool.core.Host;
import io.github.xenpool.core.Pool;
import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.software.SoftwareVersion;
import io.github.xenpool.rules.JoinContext;
import io.github.xenpool.rules.RuleDescriptor;
import io.github.xenpool.rules.Severity;
import io.github.xenpool.rules.Violation;
import io.github.xenpool.rules.XapiError;
import io.github.xenpool.rules.XapiReleases;
import io.github.xenpool.rules.internal.DescribedRule;
import java.util.List;

/**
 * xapi's {@code assert_db_schema_matches}: {@code software_version:db_schema} is the master's and
 * neither is empty; a key absent is empty, so two hosts without one fail too.
 */
final class DbSchemaRule extends DescribedRule {

    static final RuleDescriptor DESCRIPTOR =
            RuleDescriptor.of(SoftwareRules.DB_SCHEMA,
                    "the host's database schema is the master's, and both are known", Severity.BLOCKER)
            .withXapiErrors(XapiError.POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA)
            .withSources(RuleDescriptor.Source.xapiCheck("assert_db_schema_matches"))
            .withFixableByConfiguration(true)
            // 1.32.0 on the main line, in 1.29.3 on, and backported to XenServer 7.1 (1.14) from 1.14.8: a range
            // holds one start, so the releases between count in too; a check that may run is never left out.
            .withXapiReleases(XapiReleases.since("1.14.8"));

    DbSchemaRule() {
        super(DESCRIPTOR);
    }

    @Override
    public List<Violation> evaluate(Pool pool, Host host, JoinContext context) {
        SoftwareVersion mine = host.software().softwareVersion();
        SoftwareVersion master = pool.master().software().softwareVersion();
        if (mine.isEmpty() || master.isEmpty()) {
            return SoftwareSubjects.softwareVersionsUnknown(id(), pool, host);
        }
        String myschema = mine.dbSchema().orElse("");
        String masters = master.dbSchema().orElse("");
        if (!myschema.isEmpty() && myschema.equals(masters)) {
            return List.of();
        }
        String message;
        String step;
        if (myschema.isEmpty() || masters.isEmpty()) {
            String lacking = myschema.isEmpty() && masters.isEmpty()
                    ? "neither " + Text.name(host.hostname()) + " nor " + SoftwareSubjects.theMaster(pool)
                    + " reports"
                    : (myschema.isEmpty() ? Text.name(host.hostname()) : SoftwareSubjects.theMaster(pool))
                    + " reports no";
            message = lacking + " a database schema (software_version:db_schema); xapi joins only hosts that both"
                    + " report the same one (XenServer 7.2 on)";
            step = "Run a release that reports its database schema (XenServer 7.2 or later) on "
                    + (masters.isEmpty() ? "every host of pool " + Text.name(pool.name()) + " and " : "")
                    + Text.name(host.hostname());
        } else {
            message = Text.name(host.hostname()) + " has database schema " + Text.name(myschema) + " and "
                    + SoftwareSubjects.theMaster(pool) + " " + Text.name(masters) + "; xapi joins only hosts of the"
                    + " master's schema";
            step = "Install on " + Text.name(host.hostname()) + " the release the master runs (database schema "
                    + Text.name(masters) + ")";
        }
        return List.of(Violation.of(DESCRIPTOR, SoftwareSubjects.host(host, "softwareVersion", "db_schema"))
                .message(message)
                .xapiError(XapiError.POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA, myschema, masters)
                .expectedActual(masters.isEmpty() ? "a database schema" : masters, myschema.isEmpty() ? "none"
                        : myschema)
                .step(step)
                .build());
    }
}
