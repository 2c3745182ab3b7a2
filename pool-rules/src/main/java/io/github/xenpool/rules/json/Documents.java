package io.github.xenpool.rules.json;

import io.github.xenpool.rules.JoinReport;
import io.github.xenpool.rules.fleet.HostMatches;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents, written with Jackson: what ReportJson and FleetJson call once they know Jackson
 * is there. Its methods name no Jackson type, so that their callers link without it.
 */
final class Documents {

    private Documents() {
    }

    static String report(JoinReport report, boolean pretty) {
        return Output.write(pretty, gen -> ReportWriter.report(gen, report));
    }

    static void report(JoinReport report, boolean pretty, Writer out) throws IOException {
        Output.write(out, pretty, gen -> ReportWriter.report(gen, report));
    }

    static String fleet(String ruleSetName, int pools, List<HostMatches> hosts) {
        return Output.write(true, gen -> {
            FleetWriter.startFleet(gen, ruleSetName, pools);
            hosts.forEach(host -> FleetWriter.hostMatches(gen, host));
            FleetWriter.endFleet(gen);
        });
    }

    static void fleet(String ruleSetName, int pools, Stream<HostMatches> hosts, Writer out) throws IOException {
        Output.write(out, true, gen -> {
            FleetWriter.startFleet(gen, ruleSetName, pools);
            // Each host is written as the stream gives it, so that no list of hosts is built.
            for (Iterator<HostMatches> it = hosts.iterator(); it.hasNext();) {
                FleetWriter.hostMatches(gen, it.next());
            }
            FleetWriter.endFleet(gen);
        });
    }

    static String line(String ruleSetName, int pools, HostMatches host) {
        return Output.write(false, gen -> FleetWriter.line(gen, ruleSetName, pools, host));
    }

    static void lines(String ruleSetName, int pools, Stream<HostMatches> hosts, Writer out) throws IOException {
        for (Iterator<HostMatches> it = hosts.iterator(); it.hasNext();) {
            HostMatches host = it.next();
            Output.write(out, false, gen -> FleetWriter.line(gen, ruleSetName, pools, host));
        }
    }
}
